using System.CommandLine;
using WebTasks.Cli;
using WebTasks.Cli.Commands;

var root = new RootCommand("webtasks — run web tasks and manage reuse keys on a WebTasks service")
{
    Connection.Endpoint, Connection.ApiKey, Connection.Workspace, Connection.Json,
};
foreach (var command in new[] { TaskCommands.Run(), TaskCommands.Start(), TaskCommands.Result(), KeyCommands.Keys(), KeyCommands.Trace(), AuthCommands.Auth() })
{
    root.Subcommands.Add(command);
}

var parse = root.Parse(args);
if (parse.Errors.Count > 0)
{
    await parse.InvokeAsync(); // prints the errors and the usage
    return ExitCodes.Usage;
}

return await parse.InvokeAsync();

