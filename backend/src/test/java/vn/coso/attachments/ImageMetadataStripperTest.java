package vn.coso.attachments;

import com.drew.imaging.ImageMetadataReader;
import com.drew.metadata.Metadata;
import com.drew.metadata.exif.ExifIFD0Directory;
import com.drew.metadata.exif.GpsDirectory;
import com.drew.metadata.xmp.XmpDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Metadata removed without decoding: GPS gone, pixels unchanged, orientation kept. */
class ImageMetadataStripperTest {

    @TempDir
    Path dir;

    @Test
    void aPhoneJpegLosesItsGpsPositionXmpAndCommentButKeepsItsOrientationAndPixels() throws Exception {
        byte[] photo = TestFiles.jpegWithGps(64, 48);
        Metadata before = ImageMetadataReader.readMetadata(new ByteArrayInputStream(photo));
        assertNotNull(before.getFirstDirectoryOfType(GpsDirectory.class), "the test photo carries a GPS position");

        byte[] cleaned = strip(FileTypes.JPEG, photo);

        Metadata after = ImageMetadataReader.readMetadata(new ByteArrayInputStream(cleaned));
        assertNull(after.getFirstDirectoryOfType(GpsDirectory.class));
        assertNull(after.getFirstDirectoryOfType(XmpDirectory.class));
        assertFalse(new String(cleaned, StandardCharsets.ISO_8859_1).contains("Chup tai thon 3"));
        assertEquals(6, after.getFirstDirectoryOfType(ExifIFD0Directory.class).getInt(ExifIFD0Directory.TAG_ORIENTATION));
        assertSamePixels(photo, cleaned);
    }

    @Test
    void aJpegWithoutMetadataStaysDecodableAndSmall() throws Exception {
        byte[] plain = TestFiles.image("jpg", 30, 20);
        byte[] cleaned = strip(FileTypes.JPEG, plain);
        assertSamePixels(plain, cleaned);
        assertTrue(cleaned.length <= plain.length);
    }

    @Test
    void whatFollowsTheEndOfImageIsDropped() throws Exception {
        byte[] plain = TestFiles.image("jpg", 30, 20);
        ByteArrayOutputStream withTrailer = new ByteArrayOutputStream();
        withTrailer.write(plain);
        withTrailer.write(TestFiles.jpegWithGps(8, 8));
        byte[] cleaned = strip(FileTypes.JPEG, withTrailer.toByteArray());
        assertArrayEquals(strip(FileTypes.JPEG, plain), cleaned);
    }

    @Test
    void aPngLosesItsTextChunks() throws Exception {
        byte[] png = TestFiles.image("png", 20, 20);
        // A tEXt chunk before IEND (12 bytes from the end): "Comment\0GPS 21N".
        byte[] data = "Comment\0GPS 21N".getBytes(StandardCharsets.ISO_8859_1);
        ByteArrayOutputStream chunk = new ByteArrayOutputStream();
        chunk.write(new byte[] {0, 0, 0, (byte) data.length});
        chunk.write("tEXt".getBytes(StandardCharsets.US_ASCII));
        chunk.write(data);
        chunk.write(new byte[] {0, 0, 0, 0});
        ByteArrayOutputStream withText = new ByteArrayOutputStream();
        withText.write(png, 0, png.length - 12);
        withText.write(chunk.toByteArray());
        withText.write(png, png.length - 12, 12);

        byte[] cleaned = strip(FileTypes.PNG, withText.toByteArray());

        assertFalse(new String(cleaned, StandardCharsets.ISO_8859_1).contains("GPS 21N"));
        assertArrayEquals(png, cleaned);
    }

    @Test
    void aWebpLosesItsExifChunkAndFlag() throws Exception {
        ByteArrayOutputStream riff = new ByteArrayOutputStream();
        byte[] vp8x = {0x08, 0, 0, 0, 9, 0, 0, 9, 0, 0};
        byte[] exif = "Exif\0\0MM GPS".getBytes(StandardCharsets.ISO_8859_1);
        byte[] vp8l = {0x2F, 1, 2, 3, 4};
        writeChunk(riff, "VP8X", vp8x);
        writeChunk(riff, "VP8L", vp8l);
        writeChunk(riff, "EXIF", exif);
        byte[] body = riff.toByteArray();
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        file.write("RIFF".getBytes(StandardCharsets.US_ASCII));
        file.write(littleEndian(body.length + 4));
        file.write("WEBP".getBytes(StandardCharsets.US_ASCII));
        file.write(body);

        byte[] cleaned = strip(FileTypes.WEBP, file.toByteArray());

        assertFalse(new String(cleaned, StandardCharsets.ISO_8859_1).contains("GPS"));
        assertEquals(cleaned.length - 8, java.nio.ByteBuffer.wrap(cleaned, 4, 4)
                .order(java.nio.ByteOrder.LITTLE_ENDIAN).getInt());
        assertEquals(0, cleaned[20] & 0x08, "the EXIF flag of VP8X is cleared");
    }

    @Test
    void aTruncatedJpegIsMalformed() {
        byte[] photo = TestFiles.image("jpg", 30, 20);
        byte[] truncated = java.util.Arrays.copyOf(photo, photo.length / 2);
        assertThrows(ImageMetadataStripper.MalformedImageException.class, () -> strip(FileTypes.JPEG, truncated));
    }

    private byte[] strip(String type, byte[] content) throws Exception {
        Path in = Files.write(dir.resolve("in-" + System.nanoTime()), content);
        Path out = dir.resolve("out-" + System.nanoTime());
        ImageMetadataStripper.strip(type, in, out);
        return Files.readAllBytes(out);
    }

    private static void assertSamePixels(byte[] expected, byte[] actual) throws Exception {
        BufferedImage a = ImageIO.read(new ByteArrayInputStream(expected));
        BufferedImage b = ImageIO.read(new ByteArrayInputStream(actual));
        assertEquals(a.getWidth(), b.getWidth());
        assertEquals(a.getHeight(), b.getHeight());
        for (int y = 0; y < a.getHeight(); y++) {
            for (int x = 0; x < a.getWidth(); x++) {
                assertEquals(a.getRGB(x, y), b.getRGB(x, y));
            }
        }
    }

    private static void writeChunk(ByteArrayOutputStream out, String fourCc, byte[] data) throws Exception {
        out.write(fourCc.getBytes(StandardCharsets.US_ASCII));
        out.write(littleEndian(data.length));
        out.write(data);
        if ((data.length & 1) == 1) {
            out.write(0);
        }
    }

    private static byte[] littleEndian(int value) {
        return new byte[] {(byte) value, (byte) (value >>> 8), (byte) (value >>> 16), (byte) (value >>> 24)};
    }
}
