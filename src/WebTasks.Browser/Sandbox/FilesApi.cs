using Jint;
using Jint.Native;
using Jint.Native.Function;
using Microsoft.Playwright;

namespace WebTasks.Browser.Sandbox;

/// <summary><c>files.download(selectorOrFn)</c>: the click (or function) that starts a browser download, and the file stored as an attachment.</summary>
internal static class FilesApi
{
    public static JsValue Create(JsBridge js, RunBrowser run, IAttachmentSink sink)
    {
        var o = js.NewObject();
        js.Function(o, "download", 2, a =>
        {
            var trigger = JsBridge.Arg(a, 0);
            if (!trigger.IsString() && trigger is not Function)
            {
                throw js.TypeError("files.download: pass the selector to click, or a function that starts the download");
            }

            var waiting = run.Page.WaitForDownloadAsync(new PageWaitForDownloadOptions { Timeout = JsBridge.NumberOption(a, 1, "timeout") });
            if (trigger.IsString())
            {
                js.Await(() => run.Page.ClickAsync(trigger.AsString()));
            }
            else
            {
                js.Engine.Call(trigger).UnwrapIfPromise(js.CancellationToken);
            }

            var download = js.Await(() => waiting);
            var failure = js.Await(download.FailureAsync);
            if (failure is not null)
            {
                throw js.Error($"files.download: the download of {download.SuggestedFilename} failed: {failure}");
            }

            var stored = js.Await(async () =>
            {
                await using var content = await download.CreateReadStreamAsync();
                return await sink.StoreAsync(download.SuggestedFilename, content, js.CancellationToken);
            });
            var attachment = js.NewObject();
            attachment.Set("type", "attachment");
            attachment.Set("fileName", stored.FileName);
            attachment.Set("contentType", stored.ContentType);
            attachment.Set("sizeBytes", stored.SizeBytes);
            attachment.Set("path", stored.Path);
            return attachment;
        });
        return o;
    }
}
