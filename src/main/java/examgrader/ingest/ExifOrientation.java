package examgrader.ingest;

import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import org.w3c.dom.Node;

/**
 * The EXIF orientation of a phone photo. Phones often store the pixels as the sensor saw them and
 * record in EXIF how to turn them for display; Java's JPEG reader ignores that, so a page
 * photographed upright would reach OCR on its side. Only the four rotations are applied; mirrored
 * orientations (which cameras do not produce) are left as stored.
 */
final class ExifOrientation {
    private static final int APP1 = 0xE1;
    private static final int ORIENTATION_TAG = 0x0112;

    private ExifOrientation() {}

    /** Clockwise quarter turns that make the stored image display as intended (0 when unknown). */
    static int quarterTurns(IIOMetadata metadata) {
        try {
            return switch (orientation(metadata)) {
                case 3 -> 2;
                case 6 -> 1;
                case 8 -> 3;
                default -> 0;
            };
        } catch (RuntimeException e) {
            return 0;
        }
    }

    private static int orientation(IIOMetadata metadata) {
        if (metadata == null || !"javax_imageio_jpeg_image_1.0".equals(metadata.getNativeMetadataFormatName())) return 1;
        Node root = metadata.getAsTree("javax_imageio_jpeg_image_1.0");
        for (Node section = root.getFirstChild(); section != null; section = section.getNextSibling()) {
            if (!"markerSequence".equals(section.getNodeName())) continue;
            for (Node marker = section.getFirstChild(); marker != null; marker = marker.getNextSibling()) {
                if (marker instanceof IIOMetadataNode node && "unknown".equals(node.getNodeName())
                        && String.valueOf(APP1).equals(node.getAttribute("MarkerTag"))
                        && node.getUserObject() instanceof byte[] data) {
                    int value = fromExif(data);
                    if (value > 0) return value;
                }
            }
        }
        return 1;
    }

    /** The orientation tag from an APP1 segment's bytes ("Exif\0\0" + TIFF), or 0. */
    static int fromExif(byte[] data) {
        if (data.length < 14 || data[0] != 'E' || data[1] != 'x' || data[2] != 'i' || data[3] != 'f') return 0;
        ByteBuffer tiff = ByteBuffer.wrap(data, 6, data.length - 6).slice();
        tiff.order(tiff.get(0) == 'I' ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN);
        int ifd = tiff.getInt(4);
        if (ifd < 8 || ifd + 2 > tiff.limit()) return 0;
        int entries = tiff.getShort(ifd) & 0xffff;
        for (int i = 0; i < entries; i++) {
            int entry = ifd + 2 + 12 * i;
            if (entry + 12 > tiff.limit()) return 0;
            if ((tiff.getShort(entry) & 0xffff) == ORIENTATION_TAG) return tiff.getShort(entry + 8) & 0xffff;
        }
        return 0;
    }

    /** The image turned clockwise by {@code quarterTurns} × 90°. */
    static BufferedImage turned(BufferedImage image, int quarterTurns) {
        int turns = Math.floorMod(quarterTurns, 4);
        if (turns == 0) return image;
        int w = image.getWidth(), h = image.getHeight();
        boolean swap = turns % 2 == 1;
        int type = image.getType() == BufferedImage.TYPE_CUSTOM ? BufferedImage.TYPE_INT_RGB : image.getType();
        BufferedImage out = new BufferedImage(swap ? h : w, swap ? w : h, type);
        AffineTransform turn = new AffineTransform();
        turn.translate(out.getWidth() / 2.0, out.getHeight() / 2.0);
        turn.quadrantRotate(turns);
        turn.translate(-w / 2.0, -h / 2.0);
        Graphics2D g = out.createGraphics();
        g.drawImage(image, turn, null);
        g.dispose();
        return out;
    }
}
