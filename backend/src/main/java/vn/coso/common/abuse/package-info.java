/**
 * Protection of the public, signed-out operations against retries and floods, for any feature:
 *
 * <pre>{@code
 * @POST @Path("/api/v1/public/things")
 * public RestResponse<ThingResponse> submit(@HeaderParam(Idempotency.HEADER) String key,
 *                                          @Valid @NotNull ThingRequest request, @Context UriInfo uri) {
 *     rateLimiter.check("public-things");                        // 429 + Retry-After past the limit
 *     Idempotency.Outcome<ThingResponse> outcome = idempotency.once("public-things", key, request,
 *             ThingResponse.class, () -> things.submit(request)); // a retry gets the first answer
 *     return Responses.created(uri, outcome.body().id(), 0, outcome.body());
 * }
 * }</pre>
 *
 * <ul>
 * <li>{@link vn.coso.common.abuse.RateLimiter} counts requests per client and limit name in the
 *     database (fixed windows), so that every backend instance sees the same counts. Limits come
 *     from {@code coso.abuse.rate-limits.<name>.requests} and {@code .window}, else
 *     {@code coso.abuse.default-rate-limit}.</li>
 * <li>The client is the request's remote address (behind a proxy, configure Quarkus's
 *     {@code quarkus.http.proxy.*} so that it is the real client's), kept only as a salted hash by
 *     {@link vn.coso.common.abuse.ClientHashes}: the salt rotates ({@code coso.abuse.salt-rotation})
 *     and is deleted, and every counter expires. Never store the address, or its hash, next to a
 *     record that a person submitted.</li>
 * <li>{@link vn.coso.common.abuse.Idempotency} runs the action and stores its answer in one
 *     transaction; a retry with the same {@code Idempotency-Key} (same caller, same operation, same
 *     body) gets the stored answer, a concurrent one waits for the first and then gets it, the same
 *     key with another body answers 422.</li>
 * <li>{@link vn.coso.common.abuse.AbuseCleanup} deletes expired rows every few minutes on every
 *     instance (idempotent deletes, safe to run twice).</li>
 * </ul>
 */
package vn.coso.common.abuse;
