package vn.coso.attachments;

import com.drew.imaging.ImageMetadataReader;
import com.drew.metadata.Metadata;
import com.drew.metadata.exif.GpsDirectory;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.coso.testing.PublicClient;
import vn.coso.testing.TestUnits;
import vn.coso.units.Unit;

import java.io.ByteArrayInputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.coso.attachments.AttachmentClient.publicUpload;
import static vn.coso.attachments.AttachmentClient.signedIn;
import static vn.coso.attachments.AttachmentClient.submitFeedback;
import static vn.coso.attachments.AttachmentClient.upload;
import static vn.coso.testing.Api.as;

/** Files of feedback through the API, against the real MariaDB and Keycloak, content in the database. */
@QuarkusTest
class AttachmentApiTest {

    @Inject
    TestUnits units;

    @Inject
    EntityManager em;

    @Inject
    AttachmentService attachments;

    Unit bachDang;

    @BeforeEach
    void tree() {
        bachDang = units.bachDang();
    }

    private long feedbackId(String trackingCode) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                        "SELECT id FROM feedback WHERE tracking_code = ?1")
                .setParameter(1, trackingCode.replace("-", "")).getSingleResult()).longValue());
    }

    private long storedFiles(String kind, long ownerId) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                        "SELECT count(*) FROM attachment WHERE owner_kind = ?1 AND owner_id = ?2")
                .setParameter(1, kind).setParameter(2, ownerId).getSingleResult()).longValue());
    }

    private long chunksOf(long attachmentId) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                        "SELECT count(*) FROM attachment_chunk c JOIN attachment a ON a.storage_key = c.storage_key"
                                + " WHERE a.id = ?1")
                .setParameter(1, attachmentId).getSingleResult()).longValue());
    }

    private long newFeedback() {
        return feedbackId(submitFeedback(PublicClient.fresh(), bachDang.id));
    }

    @Test
    void anOfficerAttachesAPhotoListsItDownloadsItAndDeletesIt() {
        long feedback = newFeedback();
        byte[] photo = TestFiles.image("png", 640, 480);

        Response created = upload("officer.bachdang", "feedback", feedback, "Ảnh hiện trường.png", photo, null);
        created.then().statusCode(201)
                .body("mediaType", equalTo("image/png"))
                .body("fileName", equalTo("Ảnh hiện trường.png"))
                .body("visibility", equalTo("STAFF"))
                .body("fromPublic", is(false))
                .body("width", equalTo(640))
                .body("hasThumbnail", is(true))
                .body("operations", equalTo(List.of("DELETE")));
        long id = created.jsonPath().getLong("id");
        assertEquals(1, storedFiles("feedback", feedback));
        assertEquals(1, chunksOf(id));

        signedIn("viewer").get("/api/v1/attachments/feedback/" + feedback).then().statusCode(200)
                .body("items", hasSize(1)).body("items[0].operations", hasSize(0));

        byte[] back = signedIn("viewer").get("/api/v1/attachments/feedback/" + feedback + "/" + id + "/content")
                .then().statusCode(200)
                .header("Content-Type", "image/png")
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Disposition", startsWith("attachment; filename=\"Anh hien truong.png\"; "
                        + "filename*=UTF-8''%E1%BA%A2nh%20hi%E1%BB%87n%20tr%C6%B0%E1%BB%9Dng.png"))
                .extract().asByteArray();
        assertTrue(java.util.Arrays.equals(photo, back));

        signedIn("viewer").get("/api/v1/attachments/feedback/" + feedback + "/" + id + "/content?inline=true")
                .then().statusCode(200).header("Content-Disposition", startsWith("inline;"));
        byte[] thumbnail = signedIn("officer.bachdang")
                .get("/api/v1/attachments/feedback/" + feedback + "/" + id + "/thumbnail")
                .then().statusCode(200).header("Content-Type", "image/jpeg").extract().asByteArray();
        assertTrue(thumbnail.length > 100 && thumbnail.length < photo.length);

        signedIn("viewer").delete("/api/v1/attachments/feedback/" + feedback + "/" + id).then().statusCode(403);
        signedIn("officer.bachdang").delete("/api/v1/attachments/feedback/" + feedback + "/" + id).then().statusCode(204);
        assertEquals(0, storedFiles("feedback", feedback));
        assertEquals(0, chunksOf(id));
    }

    @Test
    void aLargeFileIsStoredInChunksAndComesBackWhole() {
        long feedback = newFeedback();
        byte[] pdf = new byte[3 * 1024 * 1024 + 17];
        byte[] head = TestFiles.pdf();
        new java.util.Random(7).nextBytes(pdf);
        System.arraycopy(head, 0, pdf, 0, head.length);

        long id = upload("officer.bachdang", "feedback-answer", feedback, "Công văn trả lời.pdf", pdf, "PUBLIC")
                .then().statusCode(201).body("mediaType", equalTo("application/pdf")).body("hasThumbnail", is(false))
                .extract().jsonPath().getLong("id");

        assertEquals(13, chunksOf(id));
        byte[] back = signedIn("officer.bachdang")
                .get("/api/v1/attachments/feedback-answer/" + feedback + "/" + id + "/content")
                .then().statusCode(200).header("Content-Length", String.valueOf(pdf.length)).extract().asByteArray();
        assertTrue(java.util.Arrays.equals(pdf, back));
    }

    @Test
    void theSameContentTwiceOnOneRecordIsOneFile() {
        long feedback = newFeedback();
        byte[] pdf = TestFiles.pdf();
        long first = upload("officer.bachdang", "feedback", feedback, "a.pdf", pdf, null)
                .then().statusCode(201).extract().jsonPath().getLong("id");
        upload("admin", "feedback", feedback, "b.pdf", pdf, null).then().statusCode(200).body("id", equalTo((int) first));
        assertEquals(1, storedFiles("feedback", feedback));
    }

    @Test
    void anExecutableRenamedJpgIsRefusedAndNothingStored() {
        long feedback = newFeedback();
        upload("officer.bachdang", "feedback", feedback, "anh.jpg", TestFiles.windowsProgram(), null)
                .then().statusCode(422)
                .contentType("application/problem+json")
                .body("code", equalTo("attachment.type.not-allowed"))
                .body("detail", containsString("JPEG"));
        assertEquals(0, storedFiles("feedback", feedback));
    }

    @Test
    void aJpegWithAGpsPositionFromThePortalComesBackWithoutIt() throws Exception {
        PublicClient citizen = PublicClient.fresh();
        String code = submitFeedback(citizen, bachDang.id);
        byte[] photo = TestFiles.jpegWithGps(800, 600);
        assertNotNull(ImageMetadataReader.readMetadata(new ByteArrayInputStream(photo))
                .getFirstDirectoryOfType(GpsDirectory.class));

        long id = publicUpload(citizen, code, "IMG_2041.JPG", photo, null).then().statusCode(201)
                .body("fromPublic", is(true)).body("visibility", equalTo("STAFF")).body("mediaType", equalTo("image/jpeg"))
                .body("operations", hasSize(0))
                .extract().jsonPath().getLong("id");

        byte[] back = signedIn("officer.bachdang")
                .get("/api/v1/attachments/feedback/" + feedbackId(code) + "/" + id + "/content")
                .then().statusCode(200).extract().asByteArray();
        Metadata metadata = ImageMetadataReader.readMetadata(new ByteArrayInputStream(back));
        assertNull(metadata.getFirstDirectoryOfType(GpsDirectory.class));
        QuarkusTransaction.requiringNew().run(() -> assertNull(em.createNativeQuery(
                "SELECT uploaded_by FROM attachment WHERE id = ?1").setParameter(1, id).getSingleResult()));
    }

    @Test
    void anOfficerOutsideTheScopeGets404ForTheFileAndTheList() {
        long feedback = newFeedback();
        long id = upload("officer.bachdang", "feedback", feedback, "a.pdf", TestFiles.pdf(), null)
                .then().statusCode(201).extract().jsonPath().getLong("id");

        signedIn("officer.mongcai").get("/api/v1/attachments/feedback/" + feedback + "/" + id + "/content")
                .then().statusCode(404);
        signedIn("officer.mongcai").get("/api/v1/attachments/feedback/" + feedback).then().statusCode(404);
        upload("officer.mongcai", "feedback", feedback, "b.pdf", TestFiles.image("png", 5, 5), null).then().statusCode(404);
        signedIn("officer.mongcai").delete("/api/v1/attachments/feedback/" + feedback + "/" + id).then().statusCode(404);
        signedIn("officer.mongcai").get("/api/v1/attachments/feedback/counts?ownerIds=" + feedback)
                .then().statusCode(200).body("", hasSize(0));
        signedIn("officer.halong").get("/api/v1/attachments/feedback/" + feedback + "/" + id + "/content")
                .then().statusCode(200);
        io.restassured.RestAssured.given().get("/api/v1/attachments/feedback/" + feedback).then().statusCode(401);
    }

    @Test
    void aViewerCannotSeeOrDownloadAPhotoMarkedForTheHandlingOfficersOnly() {
        PublicClient citizen = PublicClient.fresh();
        String code = submitFeedback(citizen, bachDang.id);
        long feedback = feedbackId(code);
        long id = publicUpload(citizen, code, "nha-toi.jpg", TestFiles.image("jpg", 100, 80), "HANDLING")
                .then().statusCode(201).body("visibility", equalTo("HANDLING")).extract().jsonPath().getLong("id");

        signedIn("viewer").get("/api/v1/attachments/feedback/" + feedback).then().statusCode(200).body("items", hasSize(0));
        signedIn("viewer").get("/api/v1/attachments/feedback/" + feedback + "/" + id + "/content").then().statusCode(404);
        signedIn("viewer").get("/api/v1/attachments/feedback/" + feedback + "/" + id + "/thumbnail").then().statusCode(404);
        signedIn("inspector").get("/api/v1/attachments/feedback/" + feedback + "/" + id + "/content").then().statusCode(404);
        signedIn("viewer").get("/api/v1/attachments/feedback/counts?ownerIds=" + feedback)
                .then().statusCode(200).body("[0].count", equalTo(0));
        signedIn("officer.bachdang").get("/api/v1/attachments/feedback/" + feedback + "/" + id + "/content")
                .then().statusCode(200);
        signedIn("admin").get("/api/v1/attachments/feedback/counts?ownerIds=" + feedback)
                .then().statusCode(200).body("[0].count", equalTo(1));
        io.restassured.RestAssured.given().get("/api/v1/public/feedback/" + code + "/attachments")
                .then().statusCode(200).body("", hasSize(0));
    }

    @Test
    void aThirtyMegabyteUploadIsRefusedWith413AndNothingStored() {
        long feedback = newFeedback();
        byte[] huge = new byte[30 * 1024 * 1024];
        System.arraycopy(TestFiles.pdf(), 0, huge, 0, TestFiles.pdf().length);

        upload("officer.bachdang", "feedback", feedback, "lon.pdf", huge, null).then().statusCode(413)
                .contentType("application/problem+json")
                .body("code", equalTo("attachment.file.too-large"))
                .body("detail", containsString("20 MB"));
        assertEquals(0, storedFiles("feedback", feedback));
    }

    @Test
    void theTrackingPageShowsThePublicFilesOfThePublishedAnswerOnly() {
        PublicClient citizen = PublicClient.fresh();
        String code = submitFeedback(citizen, bachDang.id);
        long feedback = feedbackId(code);
        long publicPhoto = publicUpload(citizen, code, "duong.jpg", TestFiles.image("jpg", 60, 40), "PUBLIC")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        long letter = upload("officer.bachdang", "feedback-answer", feedback, "Trả lời.pdf", TestFiles.pdf(), "PUBLIC")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        upload("officer.bachdang", "feedback-answer", feedback, "Nội bộ.pdf",
                (new String(TestFiles.pdf()) + "%internal").getBytes(), null).then().statusCode(201);

        io.restassured.RestAssured.given().get("/api/v1/public/feedback/" + code + "/attachments")
                .then().statusCode(200).body("", hasSize(1)).body("[0].id", equalTo((int) publicPhoto));
        io.restassured.RestAssured.given().get("/api/v1/public/feedback/" + code + "/attachments/" + letter + "/content")
                .then().statusCode(404);

        Map<String, Object> assign = new HashMap<>();
        operate(feedback, "start", Map.of());
        operate(feedback, "answer", Map.of("answer", "Xã đã sửa đoạn đường, xem công văn đính kèm.", "published", true));

        io.restassured.RestAssured.given().get("/api/v1/public/feedback/" + code + "/attachments")
                .then().statusCode(200).body("", hasSize(2)).body("fileName", equalTo(List.of("duong.jpg", "Trả lời.pdf")));
        io.restassured.RestAssured.given().get("/api/v1/public/feedback/" + code + "/attachments/" + letter + "/content")
                .then().statusCode(200).header("Content-Type", "application/pdf");
        // Answered: the sender adds nothing more.
        publicUpload(citizen, code, "them.jpg", TestFiles.image("jpg", 10, 10), null).then().statusCode(409)
                .body("code", equalTo("attachment.public.closed"));
        assertTrue(assign.isEmpty());
    }

    @Test
    void aCitizenSendsAtMostThreeFiles() {
        PublicClient citizen = PublicClient.fresh();
        String code = submitFeedback(citizen, bachDang.id);
        for (int i = 1; i <= 3; i++) {
            publicUpload(citizen, code, "a" + i + ".png", TestFiles.image("png", 10 + i, 10), null).then().statusCode(201);
        }
        publicUpload(citizen, code, "a4.png", TestFiles.image("png", 20, 10), null).then().statusCode(422)
                .body("code", equalTo("attachment.public.too-many-files"));
        publicUpload(citizen, "ZZZZZ-ZZZZZ", "a.png", TestFiles.image("png", 20, 10), null).then().statusCode(404);
        assertEquals(3, storedFiles("feedback", feedbackId(code)));
    }

    @Test
    void theSendersPrivateFilesGoWithTheSendersDataButPublicOnesStay() {
        PublicClient citizen = PublicClient.fresh();
        String code = submitFeedback(citizen, bachDang.id);
        long feedback = feedbackId(code);
        publicUpload(citizen, code, "rieng.png", TestFiles.image("png", 12, 10), "HANDLING").then().statusCode(201);
        publicUpload(citizen, code, "congkhai.png", TestFiles.image("png", 14, 10), "PUBLIC").then().statusCode(201);
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                        "UPDATE feedback SET status = 'CLOSED', closed_at = ?1 WHERE id = ?2")
                .setParameter(1, java.time.Instant.now().minus(java.time.Duration.ofDays(400)))
                .setParameter(2, feedback).executeUpdate());

        int deleted = QuarkusTransaction.requiringNew().call(() -> attachments.deleteSenderFiles("feedback",
                "SELECT f.id FROM feedback f WHERE f.status IN ('CLOSED', 'REJECTED') AND f.closed_at < ?2",
                java.time.Instant.now().minus(java.time.Duration.ofDays(365))));

        assertTrue(deleted >= 1);
        assertEquals(1, storedFiles("feedback", feedback));
        attachments.sweepOrphans();
        QuarkusTransaction.requiringNew().run(() -> assertEquals(0L, ((Number) em.createNativeQuery(
                "SELECT count(*) FROM attachment_chunk c LEFT JOIN attachment a ON a.storage_key = c.storage_key"
                        + " WHERE a.id IS NULL").getSingleResult()).longValue()));
    }

    @Test
    void theSweepDeletesTheFilesOfADeletedRecord() {
        long feedback = newFeedback();
        long id = upload("officer.bachdang", "feedback", feedback, "a.pdf", TestFiles.pdf(), null)
                .then().statusCode(201).extract().jsonPath().getLong("id");
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "UPDATE attachment SET owner_id = ?1 WHERE id = ?2").setParameter(1, -feedback).setParameter(2, id)
                .executeUpdate());

        attachments.sweepOrphans();

        assertEquals(0, storedFiles("feedback", -feedback));
        assertEquals(0, chunksOf(id));
    }

    @Test
    void badInputAnswersProblemsNot500() {
        long feedback = newFeedback();
        upload("officer.bachdang", "feedback", feedback, "a.pdf", TestFiles.pdf(), "EVERYONE").then().statusCode(400)
                .body("errors[0].field", equalTo("visibility"));
        upload("officer.bachdang", "no-such-kind", feedback, "a.pdf", TestFiles.pdf(), null).then().statusCode(404)
                .body("code", equalTo("attachment.owner.unknown"));
        upload("officer.bachdang", "feedback", feedback, "a.jpg",
                java.util.Arrays.copyOf(TestFiles.image("jpg", 50, 50), 400), null).then().statusCode(422)
                .body("code", equalTo("attachment.image.malformed"));
        signedIn("officer.bachdang").get("/api/v1/attachments/feedback/counts?ownerIds=1,x").then().statusCode(400);
        signedIn("officer.bachdang").get("/api/v1/attachments/feedback/" + feedback + "/999999999/content")
                .then().statusCode(404).body("code", equalTo("attachment.not-found"));
        signedIn("officer.bachdang").header("Accept-Language", "en")
                .multiPart("file", "x.exe", TestFiles.windowsProgram()).post("/api/v1/attachments/feedback/" + feedback)
                .then().statusCode(422).body("detail", startsWith("This type of file is not accepted"));
    }

    private static void operate(long id, String verb, Map<String, Object> body) {
        Map<String, Object> withVersion = new HashMap<>(body);
        withVersion.put("version", as("admin").get("/api/v1/feedback/" + id).then().statusCode(200)
                .extract().path("version"));
        as("officer.bachdang").body(withVersion).post("/api/v1/feedback/" + id + "/" + verb).then().statusCode(200);
    }
}
