/**
 * Scheduled work that is safe on several instances: Quarkus Scheduler on Quartz's clustered JDBC job
 * store in MariaDB (tables from Flyway, {@code V160__quartz_job_store.sql}), so that each job fires on
 * one instance at a time, and the injectable {@link java.time.Clock} of deadline logic.
 *
 * <p>A job is a {@code @Scheduled} method with an {@code identity} and its interval from configuration
 * ({@code coso.jobs.<name>.every}), so that tests can turn a job off ("off") and run it by hand.
 * Jobs whose runs may overlap across instances (delivery) claim their rows with
 * {@code SELECT … FOR UPDATE SKIP LOCKED}; the others are idempotent.
 */
package vn.coso.scheduling;
