// Every class starts a service with its own Chromium; on two cores they are steadier one after another.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
