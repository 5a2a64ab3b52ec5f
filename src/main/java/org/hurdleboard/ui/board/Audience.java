package org.hurdleboard.ui.board;

/**
 * Who a view is for. The facilitator's board has every control; the room's (the projector) shows
 * only what the room may see and takes no input.
 */
enum Audience { FACILITATOR, ROOM }
