package examgrader.ingest;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * A photo or scan (PNG, JPEG, TIFF; a multi-page TIFF gives several pages). Sizes are read from
 * the headers and checked against the pixel budget before any pixels are decoded. A JPEG's EXIF
 * orientation is applied, so the page is as the phone showed it.
 */
final class ImageSource extends OpenedScript {

    private ImageSource(Path file, String sha256, int pageCount) {
        super(file, FileKind.IMAGE, sha256, pageCount);
    }

    static ImageSource open(Path file, String sha256, IngestOptions options) throws IngestException {
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            ImageReader reader = readerFor(file, in);
            try {
                int pages = reader.getNumImages(true);
                if (pages <= 0) throw new IngestException(file, "image file holds no image");
                for (int i = 0; i < pages; i++) {
                    long pixels = (long) reader.getWidth(i) * reader.getHeight(i);
                    if (pixels > options.maxPixels()) {
                        throw new IngestException(file, i + 1, "image is " + reader.getWidth(i) + " × " + reader.getHeight(i)
                                + " px: " + Sizes.pixels(pixels) + " is over the " + options.budgetText() + " budget");
                    }
                }
                return new ImageSource(file, sha256, pages);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            throw new IngestException(file, 0, "damaged image (" + PdfSource.plain(e) + ")", e);
        }
    }

    private static ImageReader readerFor(Path file, ImageInputStream in) throws IngestException {
        Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
        if (readers == null || !readers.hasNext()) {
            throw new IngestException(file, "not a readable image (file starts with "
                    + Sizes.startOf(Ingestor.head(file, 16)) + ")");
        }
        ImageReader reader = readers.next();
        reader.setInput(in);
        return reader;
    }

    @Override
    public Page page(int number) throws IngestException {
        if (number < 1 || number > pageCount) {
            throw new IllegalArgumentException("page " + number + " of " + file + " (has " + pageCount + ")");
        }
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            ImageReader reader = readerFor(file, in);
            try {
                BufferedImage image = reader.read(number - 1);
                int turns = ExifOrientation.quarterTurns(reader.getImageMetadata(number - 1));
                return new Page(file, number, null, ExifOrientation.turned(image, turns));
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            throw new IngestException(file, number, unreadable(e), e);
        }
    }

    private static String unreadable(Exception e) {
        String message = PdfSource.plain(e);
        if (message.contains("Unsupported Image Type")) {
            return "image colour type not supported (a CMYK JPEG?): save it as an RGB JPEG, PNG or PDF";
        }
        return "damaged image (" + message + ")";
    }
}
