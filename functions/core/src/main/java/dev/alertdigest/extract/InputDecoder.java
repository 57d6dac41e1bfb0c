package dev.alertdigest.extract;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

/**
 * Turns uploaded bytes into text: undoes gzip, enforces the size limit, refuses binary files and finds the
 * character set (byte-order mark, then an HTML charset declaration, then UTF-8 if the bytes are valid UTF-8,
 * else windows-1252, which is what browsers assume for undeclared legacy pages).
 */
final class InputDecoder {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    /** A declaration must sit near the top of the page; browsers look at the first 1024 bytes, we allow more. */
    private static final int DECLARATION_WINDOW = 4096;
    private static final Pattern DECLARED_CHARSET =
            Pattern.compile("(?i)<meta[^>]{0,300}?charset\\s*=\\s*[\"']?\\s*([a-z0-9_:.\\-]{1,40})");
    private static final Pattern XML_ENCODING = Pattern.compile("(?i)^<\\?xml[^>]{0,100}encoding=[\"']([a-z0-9_.\\-]{1,40})");

    private final int maxBytes;

    InputDecoder(int maxBytes) {
        this.maxBytes = maxBytes;
    }

    /** The decoded text and the charset it was read with. */
    record DecodedInput(String text, Charset charset) {
    }

    DecodedInput decode(byte[] content) throws RejectedInputException {
        if (content == null || content.length == 0) {
            throw new RejectedInputException(RejectedInputException.Reason.EMPTY, "the file is empty (0 bytes)");
        }
        byte[] bytes = isGzip(content) ? gunzip(content) : content;
        if (bytes.length > maxBytes) {
            throw new RejectedInputException(RejectedInputException.Reason.TOO_LARGE,
                    "the file is " + bytes.length + " bytes, over the limit of " + maxBytes + " bytes");
        }
        if (bytes.length == 0) {
            throw new RejectedInputException(RejectedInputException.Reason.EMPTY, "the file decompresses to 0 bytes");
        }
        ByteOrderMark bom = ByteOrderMark.of(bytes);
        if (bom != null) {
            return new DecodedInput(new String(bytes, bom.length, bytes.length - bom.length, bom.charset), bom.charset);
        }
        Charset utf16 = utf16WithoutMark(bytes);
        if (utf16 != null) {
            return new DecodedInput(new String(bytes, utf16), utf16);
        }
        rejectBinary(bytes);
        Charset declared = declaredCharset(bytes);
        if (declared != null && !declared.equals(StandardCharsets.UTF_8)) {
            return new DecodedInput(new String(bytes, declared), declared);
        }
        // Undeclared or declared UTF-8: trust the bytes. Pages that claim UTF-8 but are not are common
        // enough (copied templates), and windows-1252 reads them as the author saw them.
        String utf8 = strictUtf8(bytes);
        if (utf8 != null) {
            return new DecodedInput(utf8, StandardCharsets.UTF_8);
        }
        return new DecodedInput(new String(bytes, WINDOWS_1252), WINDOWS_1252);
    }

    private static boolean isGzip(byte[] bytes) {
        return bytes.length >= 2 && (bytes[0] & 0xff) == 0x1f && (bytes[1] & 0xff) == 0x8b;
    }

    /** Decompresses while counting, so a small "zip bomb" is refused before it fills the memory. */
    private byte[] gunzip(byte[] bytes) throws RejectedInputException {
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
            ByteArrayOutputStream out = new ByteArrayOutputStream(Math.min(maxBytes, bytes.length * 4));
            byte[] buffer = new byte[16384];
            int n;
            while ((n = in.read(buffer)) > 0) {
                out.write(buffer, 0, n);
                if (out.size() > maxBytes) {
                    throw new RejectedInputException(RejectedInputException.Reason.TOO_LARGE,
                            "the file decompresses to more than the limit of " + maxBytes + " bytes");
                }
            }
            return out.toByteArray();
        } catch (java.io.EOFException e) {
            throw new RejectedInputException(RejectedInputException.Reason.UNDECODABLE,
                    "the .gz file is truncated (it ends before its compressed data does); upload it again whole");
        } catch (IOException e) {
            String detail = e.getMessage() == null ? "" : " (" + e.getMessage() + ")";
            throw new RejectedInputException(RejectedInputException.Reason.UNDECODABLE,
                    "the .gz file is corrupt and does not decompress" + detail + "; upload it again, or uncompressed");
        }
    }

    private enum ByteOrderMark {
        UTF_8(3, StandardCharsets.UTF_8), UTF_16BE(2, StandardCharsets.UTF_16BE), UTF_16LE(2, StandardCharsets.UTF_16LE);

        final int length;
        final Charset charset;

        ByteOrderMark(int length, Charset charset) {
            this.length = length;
            this.charset = charset;
        }

        static ByteOrderMark of(byte[] b) {
            if (b.length >= 3 && (b[0] & 0xff) == 0xef && (b[1] & 0xff) == 0xbb && (b[2] & 0xff) == 0xbf) {
                return UTF_8;
            }
            if (b.length >= 2 && (b[0] & 0xff) == 0xfe && (b[1] & 0xff) == 0xff) {
                return UTF_16BE;
            }
            if (b.length >= 2 && (b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xfe) {
                return UTF_16LE;
            }
            return null;
        }
    }

    /**
     * UTF-16 text saved without a byte-order mark has a zero byte in every other position for Latin text;
     * without this check it would be refused as binary.
     */
    private static Charset utf16WithoutMark(byte[] bytes) {
        int sample = Math.min(bytes.length, 4096) & ~1;
        if (sample < 8) {
            return null;
        }
        int evenZeros = 0;
        int oddZeros = 0;
        for (int i = 0; i < sample; i += 2) {
            if (bytes[i] == 0) {
                evenZeros++;
            }
            if (bytes[i + 1] == 0) {
                oddZeros++;
            }
        }
        int pairs = sample / 2;
        if (evenZeros > pairs * 0.4 && oddZeros < pairs * 0.05) {
            return StandardCharsets.UTF_16BE;
        }
        if (oddZeros > pairs * 0.4 && evenZeros < pairs * 0.05) {
            return StandardCharsets.UTF_16LE;
        }
        return null;
    }

    /** Text has almost no control bytes other than tab, line feed, carriage return, form feed and escape. */
    private static void rejectBinary(byte[] bytes) throws RejectedInputException {
        int sample = Math.min(bytes.length, 8192);
        int controls = 0;
        for (int i = 0; i < sample; i++) {
            int b = bytes[i] & 0xff;
            if (b < 0x09 || (b > 0x0d && b < 0x20 && b != 0x1b)) {
                controls++;
            }
        }
        if (controls > sample / 100 + 1) {
            throw new RejectedInputException(RejectedInputException.Reason.BINARY,
                    "the file is binary (" + controls + " control bytes in the first " + sample
                            + "), not a web page or text");
        }
    }

    private static Charset declaredCharset(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, DECLARATION_WINDOW), StandardCharsets.ISO_8859_1);
        Matcher meta = DECLARED_CHARSET.matcher(head);
        String name = meta.find() ? meta.group(1) : null;
        if (name == null) {
            Matcher xml = XML_ENCODING.matcher(head.stripLeading());
            name = xml.find() ? xml.group(1) : null;
        }
        return name == null ? null : charsetNamed(name);
    }

    /** Latin-1 and US-ASCII declarations mean windows-1252 in practice (the WHATWG encoding standard agrees). */
    static Charset charsetNamed(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.equals("iso-8859-1") || lower.equals("latin1") || lower.equals("us-ascii") || lower.equals("ascii")) {
            return WINDOWS_1252;
        }
        if (lower.startsWith("utf-16") || lower.startsWith("utf16")) {
            // A page read as 8-bit bytes cannot really be UTF-16 (that is caught by the mark or the zeros).
            return StandardCharsets.UTF_8;
        }
        try {
            return Charset.forName(lower);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return null;
        }
    }

    /** The text if the bytes are valid UTF-8, else null; validating by hand is several times faster than a strict decoder. */
    private static String strictUtf8(byte[] bytes) {
        int i = 0;
        int n = bytes.length;
        while (i < n) {
            int b = bytes[i] & 0xff;
            if (b < 0x80) {
                i++;
                continue;
            }
            int extra;
            int min;
            if (b >= 0xc2 && b <= 0xdf) {
                extra = 1;
                min = 0x80;
            } else if (b >= 0xe0 && b <= 0xef) {
                extra = 2;
                min = 0x800;
            } else if (b >= 0xf0 && b <= 0xf4) {
                extra = 3;
                min = 0x10000;
            } else {
                return null;
            }
            if (i + extra >= n) {
                // A file cut off inside its last character is still UTF-8; the fragment decodes as U+FFFD.
                break;
            }
            int code = b & (0x3f >> extra);
            for (int k = 1; k <= extra; k++) {
                int c = bytes[i + k] & 0xff;
                if ((c & 0xc0) != 0x80) {
                    return null;
                }
                code = (code << 6) | (c & 0x3f);
            }
            if (code < min || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) {
                return null;
            }
            i += extra + 1;
        }
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
