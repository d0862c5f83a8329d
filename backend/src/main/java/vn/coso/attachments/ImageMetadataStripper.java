package vn.coso.attachments;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Removes the metadata of an image (EXIF with its GPS position, XMP, IPTC, comments, text chunks) without
 * decoding it: the file is copied segment by segment (JPEG), chunk by chunk (PNG, WebP), dropping the
 * metadata ones, so the pixels stay as they were, bit for bit, and memory does not grow with the image.
 * A JPEG keeps its orientation in a new, minimal EXIF block, or phone photos would show sideways.
 */
public final class ImageMetadataStripper {

    /** The image is not what its header says. */
    public static final class MalformedImageException extends IOException {
        MalformedImageException(String message) {
            super(message);
        }
    }

    private static final int COPY_BUFFER = 64 * 1024;
    private static final Set<String> PNG_METADATA_CHUNKS = Set.of("eXIf", "tEXt", "zTXt", "iTXt", "tIME");
    private static final Set<String> WEBP_METADATA_CHUNKS = Set.of("EXIF", "XMP ");

    private ImageMetadataStripper() {
    }

    /** Writes the image without its metadata to {@code target}. */
    public static void strip(String mediaType, Path source, Path target) throws IOException {
        try {
            stripOrFail(mediaType, source, target);
        } catch (EOFException e) {
            throw new MalformedImageException("the image ends early");
        }
    }

    private static void stripOrFail(String mediaType, Path source, Path target) throws IOException {
        switch (mediaType) {
            case FileTypes.JPEG -> {
                try (InputStream in = new BufferedInputStream(Files.newInputStream(source), COPY_BUFFER);
                     OutputStream out = new BufferedOutputStream(Files.newOutputStream(target), COPY_BUFFER)) {
                    stripJpeg(in, out);
                }
            }
            case FileTypes.PNG -> {
                try (InputStream in = new BufferedInputStream(Files.newInputStream(source), COPY_BUFFER);
                     OutputStream out = new BufferedOutputStream(Files.newOutputStream(target), COPY_BUFFER)) {
                    stripPng(in, out);
                }
            }
            case FileTypes.WEBP -> stripWebp(source, target);
            default -> throw new IllegalArgumentException("Not an image type: " + mediaType);
        }
    }

    // --- JPEG: markers and segments (ITU T.81, annex B) ------------------------------------------------

    static void stripJpeg(InputStream input, OutputStream out) throws IOException {
        DataInputStream in = new DataInputStream(input);
        if (in.readUnsignedByte() != 0xFF || in.readUnsignedByte() != 0xD8) {
            throw new MalformedImageException("no JPEG start of image");
        }
        out.write(0xFF);
        out.write(0xD8);
        int marker = nextMarker(in);
        while (true) {
            if (marker == 0xD9) {
                // End of image: whatever follows (a phone's second picture with its own EXIF) is dropped.
                out.write(0xFF);
                out.write(0xD9);
                return;
            }
            if ((marker >= 0xD0 && marker <= 0xD7) || marker == 0x01) {
                out.write(0xFF);
                out.write(marker);
                marker = nextMarker(in);
                continue;
            }
            int length = in.readUnsignedShort();
            if (length < 2) {
                throw new MalformedImageException("JPEG segment too short");
            }
            if (marker == 0xDA) {
                out.write(0xFF);
                out.write(marker);
                writeShort(out, length);
                copy(in, out, length - 2);
                marker = copyEntropyCodedData(in, out);
                continue;
            }
            boolean metadata = (marker >= 0xE0 && marker <= 0xEF) || marker == 0xFE;
            if (!metadata) {
                out.write(0xFF);
                out.write(marker);
                writeShort(out, length);
                copy(in, out, length - 2);
            } else {
                byte[] payload = new byte[length - 2];
                in.readFully(payload);
                if (keepsApplicationSegment(marker, payload)) {
                    out.write(0xFF);
                    out.write(marker);
                    writeShort(out, length);
                    out.write(payload);
                } else if (marker == 0xE1 && startsWith(payload, "Exif\0\0")) {
                    int orientation = orientationOf(payload);
                    if (orientation > 1 && orientation <= 8) {
                        writeOrientationOnlyExif(out, orientation);
                    }
                }
            }
            marker = nextMarker(in);
        }
    }

    /** JFIF (APP0), the colour profile (APP2 ICC_PROFILE) and Adobe's colour transform (APP14) stay: no personal data. */
    private static boolean keepsApplicationSegment(int marker, byte[] payload) {
        return (marker == 0xE0 && startsWith(payload, "JFIF\0"))
                || (marker == 0xE2 && startsWith(payload, "ICC_PROFILE\0"))
                || (marker == 0xEE && startsWith(payload, "Adobe"));
    }

    /** Copies a scan up to the marker that ends it; answers that marker. */
    private static int copyEntropyCodedData(DataInputStream in, OutputStream out) throws IOException {
        while (true) {
            int b = in.read();
            if (b < 0) {
                throw new MalformedImageException("JPEG ends inside a scan");
            }
            if (b != 0xFF) {
                out.write(b);
                continue;
            }
            int next = in.read();
            while (next == 0xFF) {
                next = in.read();
            }
            if (next < 0) {
                throw new MalformedImageException("JPEG ends inside a scan");
            }
            if (next == 0x00 || (next >= 0xD0 && next <= 0xD7)) {
                out.write(0xFF);
                out.write(next);
            } else {
                return next;
            }
        }
    }

    private static int nextMarker(DataInputStream in) throws IOException {
        int b;
        try {
            b = in.readUnsignedByte();
            if (b != 0xFF) {
                throw new MalformedImageException("JPEG marker expected");
            }
            do {
                b = in.readUnsignedByte();
            } while (b == 0xFF);
        } catch (EOFException e) {
            throw new MalformedImageException("JPEG ends without end of image");
        }
        return b;
    }

    /** The Orientation tag (0x0112) of IFD0 in an APP1 Exif payload, or 0. */
    static int orientationOf(byte[] payload) {
        int tiff = 6;
        if (payload.length < tiff + 8) {
            return 0;
        }
        ByteOrder order;
        if (payload[tiff] == 'I' && payload[tiff + 1] == 'I') {
            order = ByteOrder.LITTLE_ENDIAN;
        } else if (payload[tiff] == 'M' && payload[tiff + 1] == 'M') {
            order = ByteOrder.BIG_ENDIAN;
        } else {
            return 0;
        }
        ByteBuffer buffer = ByteBuffer.wrap(payload).order(order);
        long ifd = buffer.getInt(tiff + 4) & 0xFFFFFFFFL;
        if (ifd < 8 || tiff + ifd + 2 > payload.length) {
            return 0;
        }
        int entries = buffer.getShort((int) (tiff + ifd)) & 0xFFFF;
        for (int i = 0; i < entries; i++) {
            int entry = (int) (tiff + ifd + 2 + 12L * i);
            if (entry + 12 > payload.length) {
                return 0;
            }
            if ((buffer.getShort(entry) & 0xFFFF) == 0x0112 && (buffer.getShort(entry + 2) & 0xFFFF) == 3) {
                return buffer.getShort(entry + 8) & 0xFFFF;
            }
        }
        return 0;
    }

    /** An APP1 Exif segment with one IFD0 entry, Orientation, and nothing else. */
    private static void writeOrientationOnlyExif(OutputStream out, int orientation) throws IOException {
        ByteBuffer exif = ByteBuffer.allocate(32).order(ByteOrder.BIG_ENDIAN);
        exif.put("Exif\0\0".getBytes(StandardCharsets.US_ASCII));
        exif.put((byte) 'M').put((byte) 'M').putShort((short) 42).putInt(8);
        exif.putShort((short) 1);
        exif.putShort((short) 0x0112).putShort((short) 3).putInt(1).putShort((short) orientation).putShort((short) 0);
        exif.putInt(0);
        out.write(0xFF);
        out.write(0xE1);
        writeShort(out, exif.capacity() + 2);
        out.write(exif.array());
    }

    // --- PNG: chunks (ISO/IEC 15948) ------------------------------------------------------------------

    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

    static void stripPng(InputStream input, OutputStream out) throws IOException {
        DataInputStream in = new DataInputStream(input);
        byte[] signature = new byte[8];
        in.readFully(signature);
        if (!java.util.Arrays.equals(signature, PNG_SIGNATURE)) {
            throw new MalformedImageException("no PNG signature");
        }
        out.write(signature);
        try {
            while (true) {
                long length = in.readInt() & 0xFFFFFFFFL;
                byte[] type = new byte[4];
                in.readFully(type);
                String name = new String(type, StandardCharsets.US_ASCII);
                if (length > Integer.MAX_VALUE) {
                    throw new MalformedImageException("PNG chunk too long");
                }
                if (PNG_METADATA_CHUNKS.contains(name)) {
                    in.skipNBytes(length + 4);
                } else {
                    writeInt(out, (int) length);
                    out.write(type);
                    copy(in, out, length + 4);
                }
                if (name.equals("IEND")) {
                    return;
                }
            }
        } catch (EOFException e) {
            throw new MalformedImageException("PNG ends without IEND");
        }
    }

    // --- WebP: RIFF chunks ---------------------------------------------------------------------------

    private record RiffChunk(String fourCc, long offset, long size) {
        long padded() {
            return size + (size & 1);
        }
    }

    static void stripWebp(Path source, Path target) throws IOException {
        try (FileChannel in = FileChannel.open(source, StandardOpenOption.READ);
             FileChannel out = FileChannel.open(target, StandardOpenOption.WRITE, StandardOpenOption.CREATE,
                     StandardOpenOption.TRUNCATE_EXISTING)) {
            ByteBuffer header = readAt(in, 0, 12);
            if (!ascii(header, 0).equals("RIFF") || !ascii(header, 8).equals("WEBP")) {
                throw new MalformedImageException("no WebP header");
            }
            long end = Math.min(in.size(), 8 + (header.order(ByteOrder.LITTLE_ENDIAN).getInt(4) & 0xFFFFFFFFL));
            List<RiffChunk> kept = new ArrayList<>();
            long position = 12;
            while (position + 8 <= end) {
                ByteBuffer chunkHeader = readAt(in, position, 8).order(ByteOrder.LITTLE_ENDIAN);
                RiffChunk chunk = new RiffChunk(ascii(chunkHeader, 0), position, chunkHeader.getInt(4) & 0xFFFFFFFFL);
                if (position + 8 + chunk.size() > end) {
                    throw new MalformedImageException("WebP chunk past the end");
                }
                if (!WEBP_METADATA_CHUNKS.contains(chunk.fourCc())) {
                    kept.add(chunk);
                }
                position += 8 + chunk.padded();
            }
            long riffSize = 4 + kept.stream().mapToLong(c -> 8 + c.padded()).sum();
            ByteBuffer newHeader = ByteBuffer.allocate(12).order(ByteOrder.LITTLE_ENDIAN);
            newHeader.put("RIFF".getBytes(StandardCharsets.US_ASCII)).putInt((int) riffSize)
                    .put("WEBP".getBytes(StandardCharsets.US_ASCII)).flip();
            out.write(newHeader);
            for (RiffChunk chunk : kept) {
                if (chunk.fourCc().equals("VP8X")) {
                    // The extended header's flags announce EXIF (bit 3) and XMP (bit 2): both are gone.
                    ByteBuffer vp8x = readAt(in, chunk.offset(), (int) (8 + chunk.padded()));
                    vp8x.put(8, (byte) (vp8x.get(8) & ~0x0C));
                    out.write(vp8x);
                } else {
                    long copied = 0;
                    long total = 8 + chunk.padded();
                    while (copied < total) {
                        copied += in.transferTo(chunk.offset() + copied, total - copied, out);
                    }
                }
            }
        }
    }

    private static ByteBuffer readAt(FileChannel in, long position, int length) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(length);
        while (buffer.hasRemaining()) {
            if (in.read(buffer, position + buffer.position()) < 0) {
                throw new MalformedImageException("WebP ends early");
            }
        }
        return buffer.flip();
    }

    private static String ascii(ByteBuffer buffer, int offset) {
        byte[] bytes = new byte[4];
        buffer.get(offset, bytes);
        return new String(bytes, StandardCharsets.US_ASCII);
    }

    // --- helpers -------------------------------------------------------------------------------------

    private static boolean startsWith(byte[] payload, String prefix) {
        byte[] p = prefix.getBytes(StandardCharsets.ISO_8859_1);
        if (payload.length < p.length) {
            return false;
        }
        for (int i = 0; i < p.length; i++) {
            if (payload[i] != p[i]) {
                return false;
            }
        }
        return true;
    }

    private static void copy(InputStream in, OutputStream out, long count) throws IOException {
        byte[] buffer = new byte[(int) Math.min(COPY_BUFFER, Math.max(count, 1))];
        long left = count;
        while (left > 0) {
            int n = in.read(buffer, 0, (int) Math.min(buffer.length, left));
            if (n < 0) {
                throw new EOFException();
            }
            out.write(buffer, 0, n);
            left -= n;
        }
    }

    private static void writeShort(OutputStream out, int value) throws IOException {
        out.write((value >>> 8) & 0xFF);
        out.write(value & 0xFF);
    }

    private static void writeInt(OutputStream out, int value) throws IOException {
        writeShort(out, value >>> 16);
        writeShort(out, value & 0xFFFF);
    }
}
