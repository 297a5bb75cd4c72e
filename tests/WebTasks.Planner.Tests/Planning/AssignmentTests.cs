using WebTasks.Planner.Planning;

namespace WebTasks.Planner.Tests.Planning;

public sealed class AssignmentTests
{
    private static AssignmentOption Option(int source, double score, int order = 0) => new(source, "s" + source, score, order);

    [Fact]
    public void The_joint_optimum_beats_taking_the_best_pair_first()
    {
        // Greedy would give field 0 source 1 (0.9) and leave field 1 with source 2 (0.1): 1.0 in all.
        IReadOnlyList<IReadOnlyList<AssignmentOption>> options =
        [
            [Option(1, 0.9), Option(0, 0.8)],
            [Option(1, 0.85), Option(2, 0.1)],
        ];

        var best = Assignment.Near(options, 0.01)[0];

        best.Choices.ShouldBe([1, 0]);
        best.Score.ShouldBe(1.65, 1e-9);
    }

    [Fact]
    public void Rivals_within_the_margin_are_returned_best_first_and_farther_ones_are_not()
    {
        IReadOnlyList<IReadOnlyList<AssignmentOption>> options = [[Option(0, 1.0), Option(1, 0.95), Option(2, 0.5)]];

        var near = Assignment.Near(options, 0.1);

        near.Select(a => a.Choices[0]).ShouldBe([0, 1]);
    }

    [Fact]
    public void A_field_with_no_option_is_left_unfilled()
    {
        IReadOnlyList<IReadOnlyList<AssignmentOption>> options = [[Option(0, 1.0)], []];

        Assignment.Near(options, 0.01)[0].Choices.ShouldBe([0, -1]);
    }

    [Fact]
    public void Concordance_counts_field_pairs_in_the_schemas_order_against_those_reversed()
    {
        IReadOnlyList<IReadOnlyList<AssignmentOption>> options =
        [
            [Option(0, 1, order: 1), Option(1, 1, order: 5)],
            [Option(0, 1, order: 1), Option(1, 1, order: 5)],
        ];

        new Assignment([0, 1], 2).Concordance(options).ShouldBe(1);
        new Assignment([1, 0], 2).Concordance(options).ShouldBe(-1);
    }
}
