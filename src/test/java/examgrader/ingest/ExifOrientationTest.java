package examgrader.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A phone photo stored sideways with an EXIF orientation reaches OCR as the phone showed it. */
class ExifOrientationTest {
    @TempDir
    Path dir;

    /** APP1 payload: "Exif\0\0", big-endian TIFF header, one IFD entry: Orientation (0x0112), SHORT, = value. */
    private static byte[] exif(int orientation) {
        return new byte[] {'E', 'x', 'i', 'f', 0, 0, 'M', 'M', 0, 42, 0, 0, 0, 8,
                0, 1, 0x01, 0x12, 0, 3, 0, 0, 0, 1, 0, (byte) orientation, 0, 0, 0, 0, 0, 0};
    }

    private Path jpegWithOrientation(BufferedImage image, int orientation) throws Exception {
        Path file = dir.resolve("photo-" + orientation + ".jpg");
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        IIOMetadata metadata = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(image), null);
        String format = "javax_imageio_jpeg_image_1.0";
        IIOMetadataNode root = (IIOMetadataNode) metadata.getAsTree(format);
        IIOMetadataNode app1 = new IIOMetadataNode("unknown");
        app1.setAttribute("MarkerTag", "225");
        app1.setUserObject(exif(orientation));
        IIOMetadataNode markers = (IIOMetadataNode) root.getElementsByTagName("markerSequence").item(0);
        markers.insertBefore(app1, markers.getFirstChild());
        metadata.setFromTree(format, root);
        try (ImageOutputStream out = ImageIO.createImageOutputStream(file.toFile())) {
            writer.setOutput(out);
            writer.write(new IIOImage(image, null, metadata));
        }
        writer.dispose();
        return file;
    }

    /** 300 × 120, white with a black square in the top left corner. */
    private static BufferedImage storedPhoto() {
        BufferedImage image = new BufferedImage(300, 120, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 300, 120);
        g.setColor(Color.BLACK);
        g.fillRect(0, 0, 60, 60);
        g.dispose();
        return image;
    }

    private static boolean darkAt(BufferedImage image, int x, int y) {
        return (image.getRGB(x, y) & 0xff) < 100;
    }

    @Test
    void orientationSixIsTurnedAQuarterClockwise() throws Exception {
        BufferedImage page = new Ingestor().open(jpegWithOrientation(storedPhoto(), 6)).page(1).image();
        assertEquals(120, page.getWidth());
        assertEquals(300, page.getHeight());
        // turning clockwise takes the top left corner to the top right
        assertTrue(darkAt(page, 90, 30));
        assertTrue(!darkAt(page, 30, 30));
    }

    @Test
    void orientationThreeIsUpsideDownAndOneIsLeftAlone() throws Exception {
        BufferedImage flipped = new Ingestor().open(jpegWithOrientation(storedPhoto(), 3)).page(1).image();
        assertEquals(300, flipped.getWidth());
        assertTrue(darkAt(flipped, 270, 90));
        BufferedImage upright = new Ingestor().open(jpegWithOrientation(storedPhoto(), 1)).page(1).image();
        assertTrue(darkAt(upright, 30, 30));
    }

    @Test
    void exifBytesAreParsedInBothByteOrders() {
        assertEquals(8, ExifOrientation.fromExif(exif(8)));
        byte[] little = {'E', 'x', 'i', 'f', 0, 0, 'I', 'I', 42, 0, 8, 0, 0, 0,
                1, 0, 0x12, 0x01, 3, 0, 1, 0, 0, 0, 6, 0, 0, 0, 0, 0, 0, 0};
        assertEquals(6, ExifOrientation.fromExif(little));
        assertEquals(0, ExifOrientation.fromExif(new byte[] {'J', 'F', 'I', 'F'}));
    }
}
