package org.hurdleboard.report;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * Prints a deck as a wall kit (cards, a divider per category, a tally sheet, secret ballots) in
 * one PDF with the bundled font embedded; saved like a report, under a temporary name and moved
 * into place only when complete.
 */
public final class WallKits {
    private WallKits() {
    }

    public static WallKitResult write(WallKit kit, WallKitOptions options, OutputStream out) throws IOException {
        try (PDDocument document = new PDDocument()) {
            WallKitResult result = new WallKitPdf(document, kit, options).write(kit);
            document.save(out);
            return result;
        }
    }

    public static WallKitResult export(WallKit kit, WallKitOptions options, Path target) throws IOException {
        WallKitResult[] result = new WallKitResult[1];
        Reports.writeSafely(target, out -> result[0] = write(kit, options, out));
        return result[0];
    }

    /** The kit's first page as a picture, {@code dpi} dots an inch, for a preview; nothing is saved. */
    public static BufferedImage firstPage(WallKit kit, WallKitOptions options, float dpi) throws IOException {
        try (PDDocument document = new PDDocument()) {
            new WallKitPdf(document, kit, options).write(kit);
            return new PDFRenderer(document).renderImageWithDPI(0, dpi, ImageType.RGB);
        }
    }
}
