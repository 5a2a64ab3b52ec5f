package org.hurdleboard.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.hurdleboard.domain.ActionState;
import org.hurdleboard.domain.Card;
import org.hurdleboard.domain.CardAdded;
import org.hurdleboard.domain.CardRemoved;
import org.hurdleboard.domain.ChampionsSet;
import org.hurdleboard.domain.Item;
import org.hurdleboard.domain.ItemAdded;
import org.hurdleboard.domain.ItemEdited;
import org.hurdleboard.domain.ItemKind;
import org.hurdleboard.domain.ItemMoved;
import org.hurdleboard.domain.ItemRemoved;
import org.hurdleboard.domain.SessionChange;
import org.junit.jupiter.api.Test;

/** Every change of the discuss stage goes into the change log and comes back the same. */
class DiscussionCodecTest {
    private static final String ODD = "\u05e9\u05dc\u05d5\u05dd \ud83d\ude80 <script>\r\n=HYPERLINK(\"x\") \"quoted\" \\";

    @Test
    void everyKindOfChangeComesBackExactly() throws IOException {
        Item note = Item.of(3, ItemKind.NOTE, 12, ODD);
        Item action = Item.action(4, 12, ODD, ODD, LocalDate.of(2027, 1, 31), ActionState.DOING);
        Item undated = Item.action(5, 12, "Ask", "", null, ActionState.OPEN);
        Card card = new Card(51, "policy-and-guidance", ODD, "");
        List<SessionChange> changes = List.of(new ItemAdded(note, 0), new ItemRemoved(action, 2),
                new ItemEdited(undated, undated.withDue(LocalDate.of(2027, 2, 1)).withState(ActionState.DONE)),
                new ItemMoved(Item.of(6, ItemKind.PARKED, 0, ODD), 1, 0), new ChampionsSet(12, 0, 7),
                new CardAdded(card), new CardRemoved(card));

        for (SessionChange change : changes) {
            assertThat(ChangeCodec.decode(ChangeCodec.encode(change))).as("%s", change).isEqualTo(change);
        }
    }

    @Test
    void aChangeThatDoesNotMakeSenseIsRefusedNotGuessed() {
        for (String broken : new String[] {
            "{\"kind\":\"itemAdded\",\"position\":0,\"item\":{\"kind\":\"note\",\"card\":1,\"text\":\"x\"}}",
            "{\"kind\":\"itemAdded\",\"position\":0,\"item\":{\"id\":1,\"kind\":\"gossip\",\"card\":1,\"text\":\"x\"}}",
            "{\"kind\":\"itemEdited\",\"before\":{\"id\":1,\"kind\":\"action\",\"card\":1,\"text\":\"x\",\"due\":\"soon\"},"
                    + "\"after\":{\"id\":1,\"kind\":\"action\",\"card\":1,\"text\":\"x\"}}",
            "{\"kind\":\"champions\",\"card\":1,\"before\":0,\"after\":-2}",
            "{\"kind\":\"cardAdded\",\"card\":51,\"category\":\"c\"}",
        }) {
            assertThatThrownBy(() -> ChangeCodec.decode(broken)).as(broken).isInstanceOf(IOException.class);
        }
    }
}
