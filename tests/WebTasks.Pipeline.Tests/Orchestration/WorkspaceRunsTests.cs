using WebTasks.Pipeline.Orchestration;

namespace WebTasks.Pipeline.Tests.Orchestration;

/// <summary>The rules of a workspace's queue of runs, on its state alone (the entity adds only the clock).</summary>
public sealed class WorkspaceRunsTests
{
    private static readonly DateTimeOffset T0 = new(2026, 12, 6, 12, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Hold = TimeSpan.FromMinutes(20);

    private static RunClaim Claim(string run, string key, int slots = 2, int maxWaiting = 0) => new(run, key, slots, maxWaiting, Hold);

    [Fact]
    public void Runs_on_one_key_run_one_at_a_time_in_the_order_they_asked()
    {
        var queue = new WorkspaceRunsState();
        queue.Enter(Claim("a", "k"), T0).ShouldBe(Admission.Running);
        queue.Enter(Claim("b", "k"), T0).ShouldBe(Admission.Waiting);
        queue.Enter(Claim("c", "k"), T0).ShouldBe(Admission.Waiting);

        queue.Leave("a", T0).ShouldBe(["b"]);
        queue.Enter(Claim("c", "k"), T0).ShouldBe(Admission.Waiting, "c asked after b");
        queue.Leave("b", T0).ShouldBe(["c"]);
        queue.Leave("c", T0).ShouldBeEmpty();
        queue.Running.ShouldBeEmpty();
    }

    [Fact]
    public void A_run_waiting_for_its_key_holds_no_slot_and_runs_on_other_keys_pass_it()
    {
        var queue = new WorkspaceRunsState();
        queue.Enter(Claim("a", "k"), T0).ShouldBe(Admission.Running);
        queue.Enter(Claim("b", "k"), T0).ShouldBe(Admission.Waiting);
        queue.Enter(Claim("c", "other"), T0).ShouldBe(Admission.Running, "the second slot is free; b waits for its key, not for a slot");
        queue.Enter(Claim("d", "third"), T0).ShouldBe(Admission.Waiting, "both slots are taken");

        queue.Leave("c", T0).ShouldBe(["d"], "b asked first, but its key is still a's");
        queue.Leave("a", T0).ShouldBe(["b"]);
    }

    [Fact]
    public void A_request_sent_twice_by_one_run_keeps_one_place_and_one_turn()
    {
        // A host that dies after its episode sent the request, before it checkpointed, leaves that request behind; the
        // episode runs again on another host and sends it again (under another request id).
        var queue = new WorkspaceRunsState();
        queue.Enter(Claim("a", "k"), T0).ShouldBe(Admission.Running);
        queue.Enter(Claim("b", "k"), T0).ShouldBe(Admission.Waiting);
        queue.Enter(Claim("b", "k"), T0).ShouldBe(Admission.Waiting);
        queue.Waiting.Count.ShouldBe(1);

        queue.Leave("a", T0).ShouldBe(["b"]);
        queue.Enter(Claim("b", "k"), T0).ShouldBe(Admission.Running, "asked again once admitted, it is still admitted");
        queue.Running.Count.ShouldBe(1);
        queue.Leave("a", T0).ShouldBeEmpty("a leaving twice admits nobody else");
        queue.Leave("b", T0).ShouldBeEmpty();
        queue.Leave("b", T0).ShouldBeEmpty();
        queue.Running.ShouldBeEmpty();
        queue.Waiting.ShouldBeEmpty();
    }

    [Fact]
    public void Past_the_bound_of_waiting_runs_a_new_run_is_refused_but_one_already_waiting_is_not()
    {
        var queue = new WorkspaceRunsState();
        queue.Enter(Claim("a", "k", slots: 1, maxWaiting: 2), T0).ShouldBe(Admission.Running);
        queue.Enter(Claim("b", "k", slots: 1, maxWaiting: 2), T0).ShouldBe(Admission.Waiting);
        queue.Enter(Claim("c", "k", slots: 1, maxWaiting: 2), T0).ShouldBe(Admission.Waiting);
        queue.Enter(Claim("d", "k", slots: 1, maxWaiting: 2), T0).ShouldBe(Admission.Refused);
        queue.Enter(Claim("c", "k", slots: 1, maxWaiting: 2), T0).ShouldBe(Admission.Waiting);
        queue.Waiting.Select(r => r.InstanceId).ShouldBe(["b", "c"]);
    }

    [Fact]
    public void A_run_that_neither_leaves_nor_asks_again_lapses_after_its_hold()
    {
        var queue = new WorkspaceRunsState();
        queue.Enter(Claim("a", "k"), T0).ShouldBe(Admission.Running);
        queue.Enter(Claim("b", "k"), T0).ShouldBe(Admission.Waiting);
        queue.Enter(Claim("b", "k"), T0 + Hold - TimeSpan.FromSeconds(1)).ShouldBe(Admission.Waiting, "a's place holds until its hold is over");

        queue.Enter(Claim("c", "k"), T0 + Hold).ShouldBe(Admission.Waiting, "c asked after b");
        queue.Running.Select(r => r.InstanceId).ShouldBe(["b"], "a lapsed and b, which asked again within its hold, was admitted");
        queue.Enter(Claim("d", "other"), T0 + Hold + Hold).ShouldBe(Admission.Running);
        queue.Running.Select(r => r.InstanceId).ShouldBe(["d"], "b lapsed, and so did c, waiting without asking again for a whole hold");
        queue.Waiting.ShouldBeEmpty();
    }

    [Fact]
    public void Fewer_slots_in_a_later_claim_admit_no_one_until_runs_leave()
    {
        var queue = new WorkspaceRunsState();
        queue.Enter(Claim("a", "k1", slots: 3), T0).ShouldBe(Admission.Running);
        queue.Enter(Claim("b", "k2", slots: 3), T0).ShouldBe(Admission.Running);
        queue.Enter(Claim("c", "k3", slots: 1), T0).ShouldBe(Admission.Waiting);
        queue.Leave("a", T0).ShouldBeEmpty();
        queue.Leave("b", T0).ShouldBe(["c"]);
    }
}
