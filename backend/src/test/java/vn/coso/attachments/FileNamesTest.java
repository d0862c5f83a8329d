package vn.coso.attachments;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Names made safe and types read from the content. */
class FileNamesTest {

    @TempDir
    Path dir;

    @Test
    void aDecomposedVietnameseNameIsStoredInNfcWithoutFoldersAndWithTheExtensionOfItsContent() {
        String decomposed = Normalizer.normalize("..\\..\\Biên bản họp thôn.exe", Normalizer.Form.NFD);
        assertEquals("Biên bản họp thôn.pdf", FileNames.safe(decomposed, FileTypes.PDF));
        assertEquals("ảnh.jpeg", FileNames.safe("/tmp/ảnh.jpeg", FileTypes.JPEG));
        assertEquals("tep-dinh-kem.png", FileNames.safe("   ", FileTypes.PNG));
        assertEquals("a_b.pdf", FileNames.safe("a\"b.pdf", FileTypes.PDF));
    }

    @Test
    void theContentDispositionCarriesAnAsciiFallbackAndTheUtf8Name() {
        assertEquals("attachment; filename=\"Bien ban Dang uy.pdf\"; "
                        + "filename*=UTF-8''Bi%C3%AAn%20b%E1%BA%A3n%20%C4%90%E1%BA%A3ng%20%E1%BB%A7y.pdf",
                FileNames.contentDisposition(false, "Biên bản Đảng ủy.pdf"));
        assertEquals("inline; filename=\"a.jpg\"; filename*=UTF-8''a.jpg", FileNames.contentDisposition(true, "a.jpg"));
    }

    @Test
    void theTypeIsReadFromTheContentNotTheName() throws Exception {
        assertEquals(Optional.of(FileTypes.JPEG), FileTypes.detect(file("photo.png", TestFiles.image("jpg", 8, 8))));
        assertEquals(Optional.of(FileTypes.PNG), FileTypes.detect(file("x.jpg", TestFiles.image("png", 8, 8))));
        assertEquals(Optional.of(FileTypes.PDF), FileTypes.detect(file("x.txt", TestFiles.pdf())));
        assertEquals(Optional.empty(), FileTypes.detect(file("photo.jpg", TestFiles.windowsProgram())));
        assertEquals(Optional.empty(), FileTypes.detect(file("photo.jpg", TestFiles.eicar())));
        assertEquals(Optional.of(FileTypes.DOCX), FileTypes.detect(file("x.zip",
                zip("[Content_Types].xml", "word/document.xml"))));
        assertEquals(Optional.of(FileTypes.XLSX), FileTypes.detect(file("x.docx",
                zip("[Content_Types].xml", "xl/workbook.xml"))));
        assertEquals(Optional.empty(), FileTypes.detect(file("x.docx", zip("payload.exe"))));
    }

    private Path file(String name, byte[] content) throws Exception {
        return Files.write(dir.resolve(System.nanoTime() + name), content);
    }

    private static byte[] zip(String... entries) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (String entry : entries) {
                zip.putNextEntry(new ZipEntry(entry));
                zip.write("<x/>".getBytes());
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
