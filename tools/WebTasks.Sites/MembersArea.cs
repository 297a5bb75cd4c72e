using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace WebTasks.Sites;

/// <summary>
/// A site behind a login, for auth sessions: <c>/members/</c> lists the members to a visitor whose <c>member</c> cookie
/// holds <see cref="Token"/> (and renews a <c>visits</c> cookie each time, as sites renew theirs); anyone else gets the
/// login form. <c>/members/login</c> (the form's POST, or a GET for a scripted login) sets the cookie and a local-storage
/// entry, then sends the browser to the list.
/// </summary>
public static class MembersArea
{
    public const string Token = "mbr-7f3a9c21e4d85b60";
    public const string StoredPreference = "pref-c0ffee42d00d";

    public static readonly string[] Members = ["Ada Lovelace", "Grace Hopper", "Edsger Dijkstra"];

    public static void MapMembersArea(this WebApplication app)
    {
        app.MapGet("/members/", (HttpRequest request, HttpResponse response) =>
        {
            if (request.Cookies["member"] != Token)
            {
                return Results.Content(LoginForm, "text/html");
            }

            var visits = int.TryParse(request.Cookies["visits"], NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n + 1 : 1;
            response.Cookies.Append("visits", visits.ToString(CultureInfo.InvariantCulture), new CookieOptions { Path = "/", Expires = DateTimeOffset.UtcNow.AddDays(30) });
            var rows = string.Concat(Members.Select(m => $"<tr><td class=\"name\">{m}</td></tr>"));
            return Results.Content($"<!doctype html><title>Members</title><h1>Members</h1><table id=\"members\"><tr><th>Name</th></tr>{rows}</table>", "text/html");
        });
        app.MapPost("/members/login", LogIn);
        app.MapGet("/members/login", LogIn);
    }

    private static IResult LogIn(HttpResponse response)
    {
        response.Cookies.Append("member", Token, new CookieOptions { Path = "/", HttpOnly = true, Expires = DateTimeOffset.UtcNow.AddDays(30) });
        return Results.Content(
            $"<!doctype html><title>Signed in</title><script>localStorage.setItem('pref', '{StoredPreference}'); location.href = '/members/';</script>", "text/html");
    }

    private const string LoginForm = """
        <!doctype html><title>Sign in</title>
        <h1>Sign in to see the members</h1>
        <form method="post" action="/members/login">
          <label>User <input name="user"></label>
          <label>Password <input type="password" name="password"></label>
          <button>Sign in</button>
        </form>
        """;
}
