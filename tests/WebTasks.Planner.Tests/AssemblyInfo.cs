// xUnit runs as many classes at once as there are cores by default: two here, and a share of the measured sites that
// waits on a page settling leaves a core idle. Four at once keep both busy to the end (see MeasuredSites.Shares).
[assembly: CollectionBehavior(MaxParallelThreads = 4)]
