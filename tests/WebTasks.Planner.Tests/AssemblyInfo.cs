// xUnit runs as many classes at once as there are cores by default: two here, and a share of the measured sites that
// waits on a page settling leaves a core idle. As many at once as the measured sites have shares keep both busy to the end.
[assembly: CollectionBehavior(MaxParallelThreads = WebTasks.Planner.Tests.MeasuredSites.Shares)]
