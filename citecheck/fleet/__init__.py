"""The worker fleet: service jobs and audit checks run as tasks on workers that share Redis and PostgreSQL.

Layout (data flows one way; only :mod:`citecheck.fleet.engine` knows the task engine)::

  settings   the --queue URL: Redis address, key prefix, heartbeat and redelivery timings
  limiter    RedisHostLimiter: per-host slots (leases) and Retry-After pauses shared by every worker
  store      FleetStore: the fleet's tables in the shared PostgreSQL (check results, service jobs)
  work       what a task does, engine-agnostic: check a batch of URLs, a second opinion, a service job
  engine     Dramatiq: broker, actors, the worker process, sending tasks
  audit      the audit's remote checks: enqueue the due URLs, collect results from the store
  service    the service's JobQueue over the fleet (jobs kept in the store)

The library (pipeline, fetch, audit runner) never imports this package; the CLI wires it in.
"""
