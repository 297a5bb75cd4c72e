namespace WebTasks.Planner.Planning;

/// <summary>One way to fill a field: a source (used by at most one field), what it reads (<see cref="Reading"/>: two
/// options with the same reading give the same values) and how strongly the evidence points to it.</summary>
public sealed record AssignmentOption(int Source, string Reading, double Score, int Order);

/// <summary>Fields assigned to sources (-1: left unfilled), with the total score.</summary>
public sealed record Assignment(IReadOnlyList<int> Choices, double Score)
{
    /// <summary>
    /// Every assignment of fields to options (each source serving one field at most) whose total is within
    /// <paramref name="margin"/> of the best, best first, at most <paramref name="cap"/>: the optimal joint assignment
    /// and its near rivals, found by a depth-first search that drops branches which cannot come within the margin.
    /// </summary>
    public static IReadOnlyList<Assignment> Near(IReadOnlyList<IReadOnlyList<AssignmentOption>> options, double margin, int cap = 256)
    {
        var fields = options.Count;
        var bestRest = new double[fields + 1];
        for (var f = fields - 1; f >= 0; f--)
        {
            bestRest[f] = bestRest[f + 1] + (options[f].Count == 0 ? 0 : options[f].Max(o => o.Score));
        }

        var found = new List<Assignment>();
        var best = double.NegativeInfinity;
        var choice = new int[fields];
        var used = new HashSet<int>();

        void Search(int field, double score)
        {
            if (score + bestRest[field] < best - margin)
            {
                return;
            }

            if (field == fields)
            {
                best = Math.Max(best, score);
                found.Add(new Assignment([.. choice], score));
                if (found.Count > cap * 4)
                {
                    Trim();
                }

                return;
            }

            for (var i = 0; i < options[field].Count; i++)
            {
                var option = options[field][i];
                if (used.Add(option.Source))
                {
                    choice[field] = i;
                    Search(field + 1, score + option.Score);
                    used.Remove(option.Source);
                }
            }

            choice[field] = -1;
            Search(field + 1, score);
        }

        void Trim()
        {
            found.RemoveAll(a => a.Score < best - margin);
            found.Sort((a, b) => b.Score.CompareTo(a.Score));
            if (found.Count > cap)
            {
                found.RemoveRange(cap, found.Count - cap);
            }
        }

        Search(0, 0);
        Trim();
        return found;
    }

    /// <summary>
    /// Of assignments about equally good, those that keep the fields' order best (<see cref="Concordance"/>): a page
    /// writes its fields, and a form asks its parameters, in the order a person names them.
    /// </summary>
    public static IReadOnlyList<Assignment> InOrder(IReadOnlyList<Assignment> near, IReadOnlyList<IReadOnlyList<AssignmentOption>> options)
    {
        var best = near.Max(a => a.Concordance(options));
        return [.. near.Where(a => a.Concordance(options) == best)];
    }

    /// <summary>Field pairs whose sources come in the schema's order, minus those that come the other way round.</summary>
    public int Concordance(IReadOnlyList<IReadOnlyList<AssignmentOption>> options)
    {
        var orders = Choices.Select((c, f) => c < 0 ? (int?)null : options[f][c].Order).ToList();
        var concordance = 0;
        for (var a = 0; a < orders.Count; a++)
        {
            for (var b = a + 1; b < orders.Count; b++)
            {
                if (orders[a] is { } first && orders[b] is { } second && first != second)
                {
                    concordance += first < second ? 1 : -1;
                }
            }
        }

        return concordance;
    }

    /// <summary>What each field reads in this assignment (null: unfilled), to tell rivals that read the same values apart from real ones.</summary>
    public IReadOnlyList<string?> Readings(IReadOnlyList<IReadOnlyList<AssignmentOption>> options) =>
        Choices.Select((c, f) => c < 0 ? null : options[f][c].Reading).ToList();
}
