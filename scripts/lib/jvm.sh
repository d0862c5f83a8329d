# shellcheck shell=bash
# The JVM options the backend runs with (scripts/run.sh, bench/; the Dockerfile sets the same in
# JAVA_OPTS and MALLOC_ARENA_MAX). A bounded heap with the serial collector, and the client compiler
# only (TieredStopAtLevel=1): on two shared cores the optimising compiler's threads cost startup
# three times its time and 60-70 MB of resident memory, and bought no measurable throughput
# (issue 15: bench/national/README.md, "JVM options"). COSO_JAVA_OPTS overrides them.
COSO_JAVA_OPTS=${COSO_JAVA_OPTS:-"-Xms64m -Xmx256m -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -XX:MaxMetaspaceSize=192m -XX:ReservedCodeCacheSize=64m -Xss512k -XX:+ExitOnOutOfMemoryError"}
# glibc's malloc makes up to 8 arenas per core for the JVM's native threads; two are enough here.
export MALLOC_ARENA_MAX=${MALLOC_ARENA_MAX:-2}
