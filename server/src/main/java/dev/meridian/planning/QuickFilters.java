package dev.meridian.planning;

import dev.meridian.identity.CurrentUser;
import dev.meridian.planning.internal.BoardStore;
import dev.meridian.platform.InvalidInputException;
import dev.meridian.platform.NotFoundException;
import java.util.HashSet;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A board's quick filters one at a time, as Jira's board configuration edits them: its project's admins add, change,
 * delete and reorder them; each change records {@code board.updated}, as any change of the board does.
 */
@Service
public class QuickFilters {

    private final Boards boards;
    private final BoardStore store;
    private final QuickFilterCheck check;

    QuickFilters(Boards boards, BoardStore store, QuickFilterCheck check) {
        this.boards = boards;
        this.store = store;
        this.check = check;
    }

    @Transactional(readOnly = true)
    public List<BoardConfig.QuickFilter> of(long boardId, CurrentUser user) {
        return store.quickFilters(boards.visible(boardId, user).id());
    }

    @Transactional
    public BoardConfig.QuickFilter add(long boardId, BoardConfig.QuickFilter input, CurrentUser user) {
        administered(boardId, user);
        var filter = check.one(new BoardConfig.QuickFilter(null, input.name(), input.jql(), input.description()), "", user);
        long id = store.addQuickFilter(boardId, filter);
        return changed(boardId, id, user);
    }

    /** What {@code change} leaves out (null) stays as it was; an empty description removes it. */
    @Transactional
    public BoardConfig.QuickFilter edit(long boardId, long id, BoardConfig.QuickFilter change, CurrentUser user) {
        var current = existing(administered(boardId, user), id);
        var filter = check.one(new BoardConfig.QuickFilter(id, change.name() == null ? current.name() : change.name(),
                change.jql() == null ? current.jql() : change.jql(),
                change.description() == null ? current.description() : change.description()), "", user);
        store.updateQuickFilter(boardId, filter);
        return changed(boardId, id, user);
    }

    @Transactional
    public void delete(long boardId, long id, CurrentUser user) {
        existing(administered(boardId, user), id);
        store.deleteQuickFilter(boardId, id);
        boards.recorded("board.updated", boards.get(boardId, user), user);
    }

    /** {@code ids}: every quick filter of the board once, in the order the board shows them. */
    @Transactional
    public List<BoardConfig.QuickFilter> reorder(long boardId, List<Long> ids, CurrentUser user) {
        var board = administered(boardId, user);
        var current = board.quickFilters().stream().map(BoardConfig.QuickFilter::id).toList();
        if (ids == null || ids.size() != current.size() || !new HashSet<>(ids).equals(new HashSet<>(current))) {
            throw new InvalidInputException("ids", "list each quick filter of board " + boardId + " once, in the new order: "
                    + (current.isEmpty() ? "it has none" : current.stream().map(String::valueOf).collect(Collectors.joining(", "))));
        }
        store.orderQuickFilters(boardId, ids);
        return boards.recorded("board.updated", boards.get(boardId, user), user).quickFilters();
    }

    private BoardConfig administered(long boardId, CurrentUser user) {
        boards.administered(boards.visible(boardId, user), user);
        return boards.get(boardId, user);
    }

    private BoardConfig.QuickFilter changed(long boardId, long id, CurrentUser user) {
        var board = boards.recorded("board.updated", boards.get(boardId, user), user);
        return existing(board, id);
    }

    private static BoardConfig.QuickFilter existing(BoardConfig board, long id) {
        return QuickFilterCheck.lookup(board, id).orElseThrow(() -> new NotFoundException("Quick filter", id));
    }
}
