package vn.coso.attachments;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/** Files the attachment tests send: photos with a GPS position, a program in disguise, the EICAR test file. */
final class TestFiles {

    private TestFiles() {
    }

    static byte[] image(String format, int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(40, 120, 200));
        g.fillRect(0, 0, width, height);
        g.setColor(Color.ORANGE);
        g.fillOval(width / 4, height / 4, width / 2, height / 2);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, format, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /**
     * A phone photo: a JPEG with an APP1 EXIF block holding Orientation 6 (rotated) and a GPS position
     * (21°N, as in Hạ Long), plus an XMP block and a comment.
     */
    static byte[] jpegWithGps(int width, int height) {
        byte[] jpeg = image("jpg", width, height);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(jpeg, 0, 2);
        byte[] exif = exifWithGps();
        segment(out, 0xE1, exif);
        segment(out, 0xE1, "http://ns.adobe.com/xap/1.0/\0<x:xmpmeta>GPS 21.0 107.0</x:xmpmeta>"
                .getBytes(StandardCharsets.US_ASCII));
        segment(out, 0xFE, "Chup tai thon 3".getBytes(StandardCharsets.US_ASCII));
        out.write(jpeg, 2, jpeg.length - 2);
        return out.toByteArray();
    }

    private static void segment(ByteArrayOutputStream out, int marker, byte[] payload) {
        out.write(0xFF);
        out.write(marker);
        int length = payload.length + 2;
        out.write(length >>> 8);
        out.write(length & 0xFF);
        out.write(payload, 0, payload.length);
    }

    private static byte[] exifWithGps() {
        ByteBuffer b = ByteBuffer.allocate(200).order(ByteOrder.BIG_ENDIAN);
        b.put("Exif\0\0".getBytes(StandardCharsets.US_ASCII));
        int tiff = b.position();
        b.put((byte) 'M').put((byte) 'M').putShort((short) 42).putInt(8);
        // IFD0 at 8: two entries, Orientation and the GPS IFD pointer.
        b.putShort((short) 2);
        b.putShort((short) 0x0112).putShort((short) 3).putInt(1).putShort((short) 6).putShort((short) 0);
        int gpsIfd = 8 + 2 + 2 * 12 + 4;
        b.putShort((short) 0x8825).putShort((short) 4).putInt(1).putInt(gpsIfd);
        b.putInt(0);
        // GPS IFD: latitude ref "N" and latitude 21/1, 0/1, 0/1.
        b.putShort((short) 2);
        b.putShort((short) 0x0001).putShort((short) 2).putInt(2).put((byte) 'N').put((byte) 0).putShort((short) 0);
        int rationals = gpsIfd + 2 + 2 * 12 + 4;
        b.putShort((short) 0x0002).putShort((short) 5).putInt(3).putInt(rationals);
        b.putInt(0);
        b.putInt(21).putInt(1).putInt(0).putInt(1).putInt(0).putInt(1);
        byte[] result = new byte[b.position()];
        b.flip().get(result);
        if (tiff != 6) {
            throw new IllegalStateException();
        }
        return result;
    }

    /** The start of a Windows program (MZ header, "This program cannot be run in DOS mode"). */
    static byte[] windowsProgram() {
        byte[] program = new byte[4096];
        program[0] = 'M';
        program[1] = 'Z';
        program[0x3C] = (byte) 0x80;
        byte[] stub = "This program cannot be run in DOS mode.".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(stub, 0, program, 0x4E, stub.length);
        program[0x80] = 'P';
        program[0x81] = 'E';
        return program;
    }

    /** The EICAR anti-malware test file, assembled here so that no scanner flags the source. */
    static byte[] eicar() {
        String text = "X5O!P%@AP[4\\PZX54(P^)7CC)7}$" + "EICAR-STANDARD-ANTIVIRUS-TEST-FILE!$H+H*";
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    /** A minimal one-page PDF. */
    static byte[] pdf() {
        String body = "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
                + "2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
                + "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\n"
                + "trailer<</Root 1 0 R>>\n%%EOF\n";
        return body.getBytes(StandardCharsets.US_ASCII);
    }
}
