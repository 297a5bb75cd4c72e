namespace WebTasks.Core.Contracts;

/// <summary>How secrets are shown back to a user: enough to recognise which one it is, never enough to use it.</summary>
public static class Secrets
{
    private const string Hidden = "****";

    /// <summary>SAS fields that say what a signature allows, not the signature: kept so a user can tell links apart.</summary>
    private static readonly HashSet<string> VisibleQueryFields = new(StringComparer.OrdinalIgnoreCase) { "sv", "ss", "srt", "sp", "sr", "st", "se", "spr" };

    /// <summary>"****wxyz": the last four characters of a long secret, nothing of a short one.</summary>
    public static string Mask(string secret) => secret.Length >= 12 ? Hidden + secret[^4..] : Hidden;

    /// <summary>
    /// A URL with its password (or a user name standing alone, as tokens do) and its query values masked; a SAS keeps
    /// its fields but not its signature.
    /// </summary>
    public static string MaskUrl(string url)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri))
        {
            return Hidden;
        }

        var builder = new UriBuilder(uri);
        if (builder.Password.Length > 0)
        {
            builder.Password = Hidden;
        }
        else if (builder.UserName.Length > 0)
        {
            builder.UserName = Hidden;
        }

        if (uri.Query.Length > 1)
        {
            builder.Query = string.Join('&', uri.Query[1..].Split('&').Select(MaskField));
        }

        return builder.Uri.GetComponents(UriComponents.AbsoluteUri, UriFormat.UriEscaped);
    }

    /// <summary>The parts of a URL <see cref="MaskUrl"/> hides: its user info and its query values (decoded and as written).</summary>
    public static IEnumerable<string> InUrl(string url)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri))
        {
            yield break;
        }

        if (uri.UserInfo.Length > 0)
        {
            yield return uri.UserInfo;
        }

        foreach (var field in uri.Query.TrimStart('?').Split('&'))
        {
            var equals = field.IndexOf('=', StringComparison.Ordinal);
            if (equals > 0 && !VisibleQueryFields.Contains(field[..equals]))
            {
                yield return field[(equals + 1)..];
                yield return Uri.UnescapeDataString(field[(equals + 1)..]);
            }
        }
    }

    private static string MaskField(string field)
    {
        var equals = field.IndexOf('=', StringComparison.Ordinal);
        return equals < 0 || VisibleQueryFields.Contains(field[..equals]) ? field : field[..(equals + 1)] + Hidden;
    }
}
