using System.Text.Json;
using WebTasks.Client;

namespace WebTasks.Cli;

internal static class CommandGuard
{
    /// <summary>Runs a command's work and turns what can go wrong into a message and an exit code.</summary>
    public static async Task<int> RunAsync(Func<Task<int>> work)
    {
        try
        {
            return await work();
        }
        catch (UsageException ex)
        {
            Output.Error(ex.Message);
            return ExitCodes.Usage;
        }
        catch (WebTasksApiException ex)
        {
            Output.Error($"{ex.ApiMessage} ({ex.Code}, HTTP {(int)ex.Status}{(ex.CorrelationId is null ? "" : ", correlationId " + ex.CorrelationId)})");
            return ExitCodes.ApiError;
        }
        catch (HttpRequestException ex)
        {
            Output.Error($"Could not reach the service: {ex.Message}");
            return ExitCodes.ApiError;
        }
        catch (JsonException ex)
        {
            Output.Error($"The service's answer could not be read: {ex.Message}");
            return ExitCodes.ApiError;
        }
        catch (TimeoutException ex)
        {
            Output.Error(ex.Message);
            return ExitCodes.Timeout;
        }
    }
}
