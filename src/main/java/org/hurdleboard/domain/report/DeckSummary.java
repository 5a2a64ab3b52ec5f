package org.hurdleboard.domain.report;

import java.util.List;
import java.util.Objects;
import org.hurdleboard.domain.Category;
import org.hurdleboard.domain.SourceCredit;

/** What a report says about the deck: which one, its categories, and whom to credit for it. */
public record DeckSummary(String id, int version, String title, SourceCredit source, List<Category> categories) {
    public DeckSummary {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(source, "source");
        categories = List.copyOf(categories);
    }

    public Category category(String categoryId) {
        return categories.stream().filter(category -> category.id().equals(categoryId)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown category: " + categoryId));
    }
}
