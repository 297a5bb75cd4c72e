using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace WebTasks.Planner.Planning;

/// <summary>
/// Which form a task's <c>parameters</c> fill, and which control each parameter goes in: by the parameter's name
/// against the control's label, placeholder, aria-label, name and id (with synonyms and abbreviations), and by its
/// value (a select or a choice of radio buttons must offer it). Parameters are assigned jointly; a parameter two controls fit about equally well,
/// when the order of the parameters and the form's does not settle it, is a reason to decline, not to pick one.
/// </summary>
public static partial class FormMatcher
{
    /// <summary>Evidence a control needs to be filled from a parameter.</summary>
    public const double Credible = 0.45;

    private static readonly HashSet<string> QueryWords = ["query", "search", "keyword", "term", "q", "find", "what", "text"];

    /// <summary>The search to make, or null when no form takes the parameters; or why the planner declines.</summary>
    public static (SearchPlan? Plan, string? Decline) Match(JsonObject parameters, FormSurvey survey)
    {
        var values = parameters
            .Where(p => p.Key != "startUrl" && p.Value is JsonValue)
            .Select(p => (Name: p.Key, Value: p.Value!.GetValueKind() == JsonValueKind.String ? p.Value.GetValue<string>() : p.Value.ToJsonString()))
            .ToList();
        if (values.Count == 0)
        {
            return (null, null);
        }

        var best = survey.Forms
            .Select(form => (Form: form, Match: MatchForm(values, form)))
            .OrderByDescending(m => m.Match.Steps.Count + m.Match.Tied.Count)
            .ThenByDescending(m => m.Match.Score)
            .FirstOrDefault();
        if (best.Form is null || best.Match.Steps.Count + best.Match.Tied.Count == 0)
        {
            return (null, null);
        }

        if (best.Match.Tied.Count > 0)
        {
            return (null, $"The planner could fill the search form on the start page, but {string.Join("; ", best.Match.Tied)}. " +
                "It does not guess: name the parameter as the form labels it, or save a script yourself.");
        }

        // A parameter the form has no place for would not narrow the results: they would be other things' too.
        var used = best.Match.Steps.Select(s => s.Param).ToHashSet();
        var unused = values.Select(v => v.Name).Where(n => !used.Contains(n)).ToList();
        if (unused.Count > 0)
        {
            return (null, $"The planner could fill the search form on the start page with {string.Join(", ", used.Select(n => "params." + n))}, but no control of it takes {string.Join(" or ", unused.Select(n => "params." + n))} " +
                "(none is named so or offers its value), so the results would not be narrowed by it. It does not guess: name the parameter as the form labels it, or save a script yourself.");
        }

        return (new SearchPlan(best.Match.Steps, best.Form.Submit, best.Form.SubmitText), null);
    }

    private sealed record FormMatch(IReadOnlyList<SearchStep> Steps, IReadOnlyList<string> Tied, double Score);

    private static FormMatch MatchForm(IReadOnlyList<(string Name, string Value)> values, SurveyForm form)
    {
        var options = values.Select(v => (IReadOnlyList<AssignmentOption>)form.Controls
            .Select((control, index) => new AssignmentOption(index, index.ToString(System.Globalization.CultureInfo.InvariantCulture), Score(v.Name, v.Value, control), index))
            .Where(o => o.Score >= Credible)
            .OrderByDescending(o => o.Score)
            .ToList()).ToList();

        // Parameters that fit the same controls about equally well ("from" and "to", two lists of the same towns)
        // fill them in the order the form asks them.
        var near = Assignment.InOrder(Assignment.Near(options, PlanChooser.TieMargin), options);
        var chosen = near[0];
        var steps = new List<SearchStep>();
        var tied = new List<string>();
        var left = new List<(string Name, string Value)>();
        for (var p = 0; p < values.Count; p++)
        {
            var controls = near.Select(a => a.Choices[p]).Distinct().ToList();
            if (controls.Count > 1)
            {
                tied.Add($"params.{values[p].Name} could fill {string.Join(" or ", controls.Where(c => c >= 0).Select(c => form.Controls[options[p][c].Source].Sel))}");
                continue;
            }

            if (chosen.Choices[p] >= 0)
            {
                var control = form.Controls[options[p][chosen.Choices[p]].Source];
                steps.Add(Step(values[p].Name, values[p].Value, control));
            }
            else
            {
                left.Add(values[p]);
            }
        }

        // One parameter left and one text box left: the form asks for it (a town in a box labelled "Obec").
        var empty = form.Controls.Where(c => c.Kind == "text" && c.Type is "text" or "search" && steps.All(s => s.Control.Sel != c.Sel)).ToList();
        if (steps.Count > 0 && left.Count == 1 && empty.Count == 1)
        {
            steps.Add(Step(left[0].Name, left[0].Value, empty[0]));
        }

        return new FormMatch(steps, tied, chosen.Score);
    }

    private static SearchStep Step(string name, string value, FormControl control) => control.Kind switch
    {
        "select" or "radio" => new SearchStep(name, control, control.Kind == "radio" ? "choose" : "select", control.Options.Any(o => Same(o.Text, value)) ? "label" : control.Options.Any(o => Same(o.Value, value)) ? "value" : "words"),
        "checkbox" => new SearchStep(name, control, "check", null),
        _ => new SearchStep(name, control, "fill", IsoDate().IsMatch(value) ? DateFormat(control.Placeholder) : null),
    };

    /// <summary>
    /// The radio button of a choice (<paramref name="choice"/> selects them all) whose value is <paramref name="value"/>:
    /// the value as a CSS string, written as JSON writes it (quotes and backslashes escaped, other letters as they are).
    /// Its twin in the script is the selector open.js builds with <c>JSON.stringify</c>.
    /// </summary>
    public static string ButtonOf(string choice, string value) => $"{choice}[value={JsonSerializer.Serialize(value, CssString)}]";

    private static readonly JsonSerializerOptions CssString = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>
    /// The order and separator a text box's placeholder asks a date in ("dd.mm.rrrr" → "d.m.y", "MM/DD/YYYY" →
    /// "m/d/y"), so an ISO date parameter is typed as the form expects it; null when the placeholder shows none.
    /// </summary>
    public static string? DateFormat(string placeholder)
    {
        var m = DatePlaceholder().Match(placeholder.Trim());
        if (!m.Success)
        {
            return null;
        }

        string Part(string p) => p.ToLowerInvariant()[0] switch { 'm' or 'k' => "m", 'd' or 't' or 'g' or 'j' or 'p' when p.Length == 2 => "d", _ => "y" };
        return $"{Part(m.Groups[1].Value)}{m.Groups[2].Value}{Part(m.Groups[3].Value)}{m.Groups[2].Value}{Part(m.Groups[4].Value)}";
    }

    /// <summary>An ISO date typed in a placeholder's format ("2026-03-14" in "d.m.y" → "14.03.2026"). The script does the same.</summary>
    public static string TypedDate(string iso, string format)
    {
        var parts = iso.Split('-');
        var separator = format[1].ToString();
        return string.Join(separator, format.Split(format[1]).Select(p => p switch { "y" => parts[0], "m" => parts[1], _ => parts[2] }));
    }

    [GeneratedRegex(@"^(dd|tt|gg|jj|pp|mm|kk|yyyy|jjjj|aaaa|rrrr|åååå|vvvv)([./-])(dd|tt|gg|jj|pp|mm|kk)\2(dd|tt|gg|jj|pp|yyyy|jjjj|aaaa|rrrr|åååå|vvvv)$", RegexOptions.IgnoreCase)]
    private static partial Regex DatePlaceholder();

    /// <summary>How well a control is named for a parameter, plus whether it can take the value.</summary>
    private static double Score(string name, string value, FormControl control)
    {
        var words = FieldMatcher.Tokens(name);
        var naming = new[] { control.Label, control.Placeholder, control.Aria, control.Name, control.Id }
            .Where(n => n.Length > 0)
            .Select(n => FieldMatcher.NameScore(words, FieldMatcher.Tokens(n)))
            .DefaultIfEmpty(0)
            .Max();
        var fits = control.Kind switch
        {
            "select" or "radio" => control.Options.Any(o => Same(o.Text, value)) ? 0.5 : OptionNaming(control.Options, value) is not null ? 0.45
                : control.Options.Any(o => Same(o.Value, value)) ? 0.4 : double.NegativeInfinity,
            "checkbox" => value is "true" or "false" ? 0.1 : double.NegativeInfinity,
            // A date goes in a date box, a number in a number box, whatever their labels say.
            _ when control.Type == "date" => IsoDate().IsMatch(value) ? 0.45 : double.NegativeInfinity,
            _ when control.Type == "number" => double.TryParse(value, System.Globalization.CultureInfo.InvariantCulture, out _) ? 0.2 : double.NegativeInfinity,
            _ => control.Type == "search" && words.Any(QueryWords.Contains) ? 0.3 : 0.05,
        };
        return naming + fits;
    }

    /// <summary>
    /// The option a run's value picks, by the rule the plan chose: its text or its value the same but for case and
    /// spaces, or the one option naming it (<see cref="OptionNaming"/>); null when none does. Its twin in the script
    /// is <c>optionFor</c> (open.js).
    /// </summary>
    public static ControlOption? OptionFor(IReadOnlyList<ControlOption> options, string value, string? by) => by switch
    {
        "label" => options.FirstOrDefault(o => Same(o.Text, value)),
        "value" => options.FirstOrDefault(o => Same(o.Value, value)),
        _ => OptionNaming(options, value),
    };

    /// <summary>
    /// The one option whose text holds the value as whole words ("Köln" in "Köln – Lichtspiel am Ring"), or of several
    /// that do, the one that has it as a part set apart ("meat" in "Bierggo (renkött, meat)", not in "Suovasbierggo
    /// (rökt renkött, smoked meat)"); null otherwise. The planned script picks its option by the same rule with each
    /// run's value.
    /// </summary>
    public static ControlOption? OptionNaming(IReadOnlyList<ControlOption> options, string value)
    {
        if (value.Trim().Length == 0)
        {
            return null;
        }

        var words = new Regex($@"(^|[^\p{{L}}\p{{N}}]){Regex.Escape(value.Trim())}($|[^\p{{L}}\p{{N}}])", RegexOptions.IgnoreCase);
        var named = options.Where(o => words.IsMatch(o.Text)).ToList();
        if (named.Count == 1)
        {
            return named[0];
        }

        var apart = named.Where(o => OptionPart().Split(o.Text).Any(part => Same(part, value))).ToList();
        return apart.Count == 1 ? apart[0] : null;
    }

    /// <summary>What sets an option's parts apart: brackets, commas, slashes, dots and dashes between words.</summary>
    [GeneratedRegex(@"[(),;/·|–—]")]
    private static partial Regex OptionPart();

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}$")]
    private static partial Regex IsoDate();

    private static bool Same(string a, string b) => string.Equals(a.Trim(), b.Trim(), StringComparison.OrdinalIgnoreCase);
}
