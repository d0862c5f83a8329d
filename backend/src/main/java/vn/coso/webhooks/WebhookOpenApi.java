package vn.coso.webhooks;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import vn.coso.common.events.EventTypes;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The OpenAPI {@code webhooks} section: what a subscriber receives for each event type, and its headers. */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class WebhookOpenApi implements OASFilter {

    private static final Map<String, String> DESCRIPTIONS = Map.of(
            EventTypes.FEEDBACK_RECEIVED, "A feedback was received (portal, staff or another system).",
            EventTypes.FEEDBACK_ANSWERED, "A feedback was answered (data.answerPublished says whether the sender sees it).",
            EventTypes.FEEDBACK_REOPENED, "An answered or closed feedback was reopened.",
            EventTypes.FEEDBACK_OVERDUE, "A feedback missed its acknowledgement or answer deadline and was escalated "
                    + "(data.deadline, data.escalationLevel, data.escalatedToUnitId, data.escalatedToUnitCode).");

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        openAPI.getComponents().addSchema("WebhookFeedbackData", OASFactory.createSchema()
                .type(List.of(Schema.SchemaType.OBJECT))
                .description("The public facts of a feedback; never the sender's name or contact.")
                .required(List.of("feedbackId", "trackingCode", "unitId", "unitCode", "status", "type", "democracyRight",
                        "channel", "receivedAt", "acknowledgeDueAt", "answerDueAt"))
                .addProperty("feedbackId", integer())
                .addProperty("trackingCode", string(null, "The public tracking code, e.g. K7M2Q-X9P4T."))
                .addProperty("unitId", integer())
                .addProperty("unitCode", string(null, null))
                .addProperty("status", string(null, "RECEIVED, ASSIGNED, IN_PROGRESS, ANSWERED, CLOSED or REJECTED."))
                .addProperty("type", string(null, null))
                .addProperty("democracyRight", string(null, null))
                .addProperty("channel", string(null, null))
                .addProperty("receivedAt", string("date-time", null))
                .addProperty("acknowledgeDueAt", string("date-time", null))
                .addProperty("answerDueAt", string("date-time", null))
                .addProperty("answeredAt", string("date-time", null))
                .addProperty("answerPublished", OASFactory.createSchema().type(List.of(Schema.SchemaType.BOOLEAN)))
                .addProperty("deadline", string(null, "feedback.overdue: ACKNOWLEDGE or ANSWER."))
                .addProperty("escalationLevel", integer())
                .addProperty("escalatedToUnitId", integer())
                .addProperty("escalatedToUnitCode", string(null, null)));
        openAPI.getComponents().addSchema("WebhookEvent", OASFactory.createSchema()
                .type(List.of(Schema.SchemaType.OBJECT))
                .description("The JSON body of every webhook POST (Standard Webhooks).")
                .required(List.of("type", "timestamp", "data"))
                .addProperty("type", string(null, "The event type, e.g. feedback.received."))
                .addProperty("timestamp", string("date-time", "When it happened."))
                .addProperty("data", OASFactory.createSchema().ref("#/components/schemas/WebhookFeedbackData")));
        for (String type : EventTypes.ALL) {
            openAPI.addWebhook(type, OASFactory.createPathItem().POST(OASFactory.createOperation()
                    .operationId(operationId(type))
                    // Coso calls the subscriber: no bearer token, the webhook-signature header proves the sender.
                    .security(new ArrayList<>())
                    .summary(type)
                    .description(DESCRIPTIONS.get(type) + " Sent to each subscription of this type whose unit subtree "
                            + "holds the feedback's unit; retried with backoff for about a day, at least once — drop a "
                            + "webhook-id already seen.")
                    .tags(List.of("Webhooks"))
                    .addParameter(header("webhook-id", "The message id, the same on every retry, e.g. msg_2b6f…"))
                    .addParameter(header("webhook-timestamp", "Seconds since the epoch when this attempt was sent."))
                    .addParameter(header("webhook-signature", "v1,<base64 HMAC-SHA256 of id.timestamp.body keyed with "
                            + "the base64 part of the whsec_ secret>; several are separated by spaces."))
                    .requestBody(OASFactory.createRequestBody().required(true).content(OASFactory.createContent()
                            .addMediaType("application/json", OASFactory.createMediaType()
                                    .schema(OASFactory.createSchema().ref("#/components/schemas/WebhookEvent")))))
                    .responses(OASFactory.createAPIResponses()
                            .addAPIResponse("200", OASFactory.createAPIResponse().description(
                                    "Any 2xx: delivered. Anything else, or no answer within 10 s: tried again later.")))));
        }
    }

    /** {@code feedback.received} → {@code webhookFeedbackReceived}. */
    static String operationId(String type) {
        StringBuilder id = new StringBuilder("webhook");
        for (String part : type.split("[._-]")) {
            id.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
        }
        return id.toString();
    }

    private static Parameter header(String name, String description) {
        return OASFactory.createParameter().name(name).in(Parameter.In.HEADER).required(true).description(description)
                .schema(OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING)));
    }

    private static Schema string(String format, String description) {
        Schema s = OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING));
        if (format != null) {
            s.format(format);
        }
        if (description != null) {
            s.description(description);
        }
        return s;
    }

    private static Schema integer() {
        return OASFactory.createSchema().type(List.of(Schema.SchemaType.INTEGER)).format("int64");
    }
}
