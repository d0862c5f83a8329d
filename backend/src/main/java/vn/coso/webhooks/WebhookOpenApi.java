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
                    + "(data.deadline, data.escalationLevel, data.escalatedToUnitId, data.escalatedToUnitCode).",
            EventTypes.INSPECTION_CONCLUDED, "An inspection or supervision was concluded. Never its findings, whether a "
                    + "violation was found, its team or the party member inspected.",
            EventTypes.REGULATION_ISSUED, "A democracy regulation or village convention was issued and is now in force.",
            EventTypes.CONSULTATION_PUBLISHED, "A draft was published for comment (it is public from data.opensOn).",
            EventTypes.CONSULTATION_CONCLUDED, "A consultation was concluded: every comment answered (data.comments "
                    + "counts them by outcome); its result is public.",
            EventTypes.UNIT_REORGANISED, "A reorganisation created, closed (merged, divided, dissolved), moved, renamed "
                    + "or re-typed this unit. One event per unit; a closed unit's is placed under its successor.");

    /** The data schema of each event type. */
    private static final Map<String, String> DATA = Map.of(
            EventTypes.FEEDBACK_RECEIVED, "WebhookFeedbackData",
            EventTypes.FEEDBACK_ANSWERED, "WebhookFeedbackData",
            EventTypes.FEEDBACK_REOPENED, "WebhookFeedbackData",
            EventTypes.FEEDBACK_OVERDUE, "WebhookFeedbackData",
            EventTypes.INSPECTION_CONCLUDED, "WebhookInspectionData",
            EventTypes.REGULATION_ISSUED, "WebhookRegulationData",
            EventTypes.CONSULTATION_PUBLISHED, "WebhookConsultationData",
            EventTypes.CONSULTATION_CONCLUDED, "WebhookConsultationData",
            EventTypes.UNIT_REORGANISED, "WebhookUnitData");

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        openAPI.getComponents().addSchema("WebhookFeedbackData", object("The public facts of a feedback; never the "
                + "sender's name or contact.", List.of("feedbackId", "trackingCode", "unitId", "unitCode", "status", "type",
                "democracyRight", "channel", "receivedAt", "acknowledgeDueAt", "answerDueAt"))
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
                .addProperty("answerPublished", bool())
                .addProperty("deadline", string(null, "feedback.overdue: ACKNOWLEDGE or ANSWER."))
                .addProperty("escalationLevel", integer())
                .addProperty("escalatedToUnitId", integer())
                .addProperty("escalatedToUnitCode", string(null, null)));
        openAPI.getComponents().addSchema("WebhookInspectionData", object("What may be known of a concluded inspection "
                + "or supervision: never its findings, violations, team or the party member who was its subject.",
                List.of("inspectionId", "unitId", "unitCode", "kind", "form", "status", "subjectType",
                        "conductingOrganizationId", "planYear"))
                .addProperty("inspectionId", integer())
                .addProperty("unitId", integer())
                .addProperty("unitCode", string(null, null))
                .addProperty("kind", string(null, "INSPECTION or SUPERVISION."))
                .addProperty("form", string(null, null))
                .addProperty("status", string(null, "CONCLUDED."))
                .addProperty("subjectType", string(null, "PARTY_ORGANIZATION or PARTY_MEMBER."))
                .addProperty("conductingOrganizationId", integer())
                .addProperty("planYear", OASFactory.createSchema().type(List.of(Schema.SchemaType.INTEGER)))
                .addProperty("actualStart", string("date", null))
                .addProperty("actualEnd", string("date", null)));
        openAPI.getComponents().addSchema("WebhookRegulationData", object("A regulation now in force.",
                List.of("regulationId", "unitId", "unitCode", "kind", "status"))
                .addProperty("regulationId", integer())
                .addProperty("unitId", integer())
                .addProperty("unitCode", string(null, null))
                .addProperty("kind", string(null, "REGULATION or CONVENTION."))
                .addProperty("status", string(null, "ISSUED."))
                .addProperty("number", string(null, null))
                .addProperty("issueDate", string("date", null))
                .addProperty("replacesId", integer())
                .addProperty("consultationId", integer()));
        openAPI.getComponents().addSchema("WebhookConsultationData", object("A consultation's public facts; never a "
                + "commenter.", List.of("consultationId", "unitId", "unitCode", "kind", "title", "status", "opensOn",
                "closesOn"))
                .addProperty("consultationId", integer())
                .addProperty("unitId", integer())
                .addProperty("unitCode", string(null, null))
                .addProperty("kind", string(null, null))
                .addProperty("title", string(null, null))
                .addProperty("status", string(null, "PUBLISHED or CONCLUDED."))
                .addProperty("opensOn", string("date", null))
                .addProperty("closesOn", string("date", null))
                .addProperty("publishedAt", string("date-time", null))
                .addProperty("concludedAt", string("date-time", null))
                .addProperty("comments", object("consultation.concluded: comments by outcome.", List.of())
                        .addProperty("total", integer()).addProperty("accepted", integer())
                        .addProperty("partlyAccepted", integer()).addProperty("notAccepted", integer())
                        .addProperty("unanswered", integer())));
        openAPI.getComponents().addSchema("WebhookUnitData", object("A unit changed by a reorganisation.",
                List.of("reorganisationId", "effectiveDate", "unitId", "unitCode", "unitType", "change", "active"))
                .addProperty("reorganisationId", integer())
                .addProperty("effectiveDate", string("date", null))
                .addProperty("unitId", integer())
                .addProperty("unitCode", string(null, null))
                .addProperty("unitType", string(null, null))
                .addProperty("change", string(null, "ESTABLISHED, MERGED_INTO, DIVIDED_INTO, DISSOLVED, MOVED, RENAMED "
                        + "or RETYPED."))
                .addProperty("active", bool())
                .addProperty("parentCode", string(null, "ESTABLISHED: the new unit's parent."))
                .addProperty("mergedFrom", OASFactory.createSchema().type(List.of(Schema.SchemaType.ARRAY))
                        .items(string(null, null)))
                .addProperty("primarySuccessorCode", string(null, null))
                .addProperty("successorCodes", OASFactory.createSchema().type(List.of(Schema.SchemaType.ARRAY))
                        .items(string(null, null)))
                .addProperty("fromParentCode", string(null, null))
                .addProperty("toParentCode", string(null, null)));
        for (String type : EventTypes.ALL) {
            String event = "WebhookEvent" + DATA.get(type).substring("Webhook".length(), DATA.get(type).length() - "Data".length());
            if (!openAPI.getComponents().getSchemas().containsKey(event)) {
                openAPI.getComponents().addSchema(event, object("The JSON body of a webhook POST (Standard Webhooks).",
                        List.of("type", "timestamp", "data"))
                        .addProperty("type", string(null, "The event type, e.g. " + type + "."))
                        .addProperty("timestamp", string("date-time", "When it happened."))
                        .addProperty("data", OASFactory.createSchema().ref("#/components/schemas/" + DATA.get(type))));
            }
            openAPI.addWebhook(type, OASFactory.createPathItem().POST(OASFactory.createOperation()
                    .operationId(operationId(type))
                    // Coso calls the subscriber: no bearer token, the webhook-signature header proves the sender.
                    .security(new ArrayList<>())
                    .summary(type)
                    .description(DESCRIPTIONS.get(type) + " Sent to each subscription of this type whose unit subtree "
                            + "holds the record's unit; retried with backoff for about a day, at least once — drop a "
                            + "webhook-id already seen.")
                    .tags(List.of("Webhooks"))
                    .addParameter(header("webhook-id", "The message id, the same on every retry, e.g. msg_2b6f…"))
                    .addParameter(header("webhook-timestamp", "Seconds since the epoch when this attempt was sent."))
                    .addParameter(header("webhook-signature", "v1,<base64 HMAC-SHA256 of id.timestamp.body keyed with "
                            + "the base64 part of the whsec_ secret>; several are separated by spaces."))
                    .requestBody(OASFactory.createRequestBody().required(true).content(OASFactory.createContent()
                            .addMediaType("application/json", OASFactory.createMediaType()
                                    .schema(OASFactory.createSchema().ref("#/components/schemas/" + event)))))
                    .responses(OASFactory.createAPIResponses()
                            .addAPIResponse("200", OASFactory.createAPIResponse().description(
                                    "Any 2xx: delivered. Anything else, or no answer within 10 s: tried again later.")))));
        }
    }

    private static Schema object(String description, List<String> required) {
        Schema s = OASFactory.createSchema().type(List.of(Schema.SchemaType.OBJECT)).description(description);
        return required.isEmpty() ? s : s.required(required);
    }

    private static Schema bool() {
        return OASFactory.createSchema().type(List.of(Schema.SchemaType.BOOLEAN));
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
