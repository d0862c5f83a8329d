package vn.coso.attachments;

import io.quarkus.test.junit.QuarkusTestProfile;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Uploads scanned by a real clamd, content stored as files instead of database rows. */
public class ScannedFilesystemProfile implements QuarkusTestProfile {

    static final Path DIRECTORY = Path.of(System.getProperty("java.io.tmpdir"), "coso-attachments-test-" + ProcessHandle.current().pid());

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("coso.attachments.storage", "filesystem",
                "coso.attachments.directory", DIRECTORY.toString());
    }

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(ClamdTestDaemon.class));
    }
}
