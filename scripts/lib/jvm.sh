# shellcheck shell=bash
# The JVM options the backend runs with (scripts/run.sh, bench/; the Dockerfile sets the same in
# JAVA_OPTS). A bounded heap with the serial collector keeps the resident memory near 300 MB on
# two cores (issue 15: measured in bench/national/README.md); COSO_JAVA_OPTS overrides them.
COSO_JAVA_OPTS=${COSO_JAVA_OPTS:-"-Xms64m -Xmx256m -XX:+UseSerialGC -XX:MaxMetaspaceSize=192m -XX:ReservedCodeCacheSize=64m -Xss512k -XX:+ExitOnOutOfMemoryError"}
