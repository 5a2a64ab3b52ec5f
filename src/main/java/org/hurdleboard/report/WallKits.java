package org.hurdleboard.report;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.EnumSet;
import org.apache.pdfbox.Loader;
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

    /**
     * The kit's first page as a picture, {@code dpi} dots an inch, for a preview; no file is saved.
     * Only the first part chosen is laid out, and it is drawn from the finished PDF, as a printer
     * would get it (the font's subset is made when the document is saved).
     */
    public static BufferedImage firstPage(WallKit kit, WallKitOptions options, float dpi) throws IOException {
        WallKitOptions firstPart = new WallKitOptions(options.paper(), options.perPage(),
                EnumSet.of(options.parts().iterator().next()));
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        write(kit, firstPart, pdf);
        try (PDDocument document = Loader.loadPDF(pdf.toByteArray())) {
            return new PDFRenderer(document).renderImageWithDPI(0, dpi, ImageType.RGB);
        }
    }
}
