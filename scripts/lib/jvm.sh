# shellcheck shell=bash
# The JVM options the backend runs with (scripts/run.sh, bench/; the Dockerfile sets the same in
# JAVA_OPTS and MALLOC_ARENA_MAX). A bounded heap with the serial collector, and the client compiler
# only (TieredStopAtLevel=1): on two shared cores the optimising compiler's threads cost startup
# three times its time and 60-70 MB of resident memory, and bought no measurable throughput
# (issue 15: bench/national/README.md, "JVM options"). COSO_JAVA_OPTS overrides them.
# The collector gives heap back after a full collection once more than 40 % of it is free: a report's
# garbage otherwise keeps the heap at its peak (resident memory after the bench 302-308 MB against
# 336-361 MB, bench/national/README.md "Resident memory, again").
COSO_JAVA_OPTS=${COSO_JAVA_OPTS:-"-Xms64m -Xmx256m -XX:+UseSerialGC -XX:MaxHeapFreeRatio=40 -XX:MinHeapFreeRatio=10 -XX:TieredStopAtLevel=1 -XX:MaxMetaspaceSize=192m -XX:ReservedCodeCacheSize=64m -Xss512k -XX:+ExitOnOutOfMemoryError"}
# glibc's malloc makes up to 8 arenas per core for the JVM's native threads; two are enough here.
export MALLOC_ARENA_MAX=${MALLOC_ARENA_MAX:-2}
