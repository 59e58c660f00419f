# Bug: sorts once and keeps adding the next strip to one growing piece, so a stitched strip never
# goes back on the table to wait for its turn.
def thread_needed(strips):
    ordered = sorted(strips)
    thread, piece = 0, ordered[0]
    for strip in ordered[1:]:
        piece += strip
        thread += piece
    return thread
