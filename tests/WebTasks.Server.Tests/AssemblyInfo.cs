// Most classes wait on the service (queues, timers), not the CPU: two run at once. Those that time leases, deadlines
// or concurrency run alone, after the others (TimedCollection).
[assembly: CollectionBehavior(MaxParallelThreads = 2)]
