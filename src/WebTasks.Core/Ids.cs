using System.Text.RegularExpressions;

namespace WebTasks.Core;

/// <summary>Identifiers: time-ordered, prefixed, safe as table keys and blob names.</summary>
public static partial class Ids
{
    public static string NewWebTaskId() => "wt_" + Guid.CreateVersion7().ToString("N");

    public static string NewReuseKey() => "wtr_" + Guid.CreateVersion7().ToString("N");

    public static string NewRevisionId() => "rev_" + Guid.CreateVersion7().ToString("N");

    public static string NewAuthSessionId() => "wta_" + Guid.CreateVersion7().ToString("N");

    public static bool IsValidAuthSessionId(string id) => AuthSessionIdPattern().IsMatch(id);

    public static bool IsValidReuseKey(string key) => ReuseKeyPattern().IsMatch(key);

    public static bool IsValidWebTaskId(string id) => WebTaskIdPattern().IsMatch(id);

    public static bool IsValidWorkspaceId(string id) => WorkspacePattern().IsMatch(id);

    public const string ReuseKeyRule = "1–128 characters: letters, digits, '.', '_' or '-', starting with a letter or digit";

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$")]
    private static partial Regex ReuseKeyPattern();

    [GeneratedRegex("^wta_[0-9a-f]{32}$")]
    private static partial Regex AuthSessionIdPattern();

    [GeneratedRegex("^wt_[0-9a-f]{32}$")]
    private static partial Regex WebTaskIdPattern();

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9_-]{0,62}$")]
    private static partial Regex WorkspacePattern();
}
