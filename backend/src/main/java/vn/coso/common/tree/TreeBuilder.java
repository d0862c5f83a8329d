package vn.coso.common.tree;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;

/** Nests a subtree, listed parents first, into response nodes with children in Vietnamese order. */
public final class TreeBuilder {

    public static final Collator VIETNAMESE = Collator.getInstance(Locale.forLanguageTag("vi"));

    private TreeBuilder() {
    }

    /**
     * @param subtree  the root and everything below it, parents before children
     * @param makeNode builds a node from an entity and its already-built children
     * @param nameOf   the name children are sorted by
     */
    public static <E, N> N build(long rootId, List<E> subtree, Function<E, Long> idOf, Function<E, String> pathOf,
                                 BiFunction<E, List<N>, N> makeNode, Function<N, String> nameOf) {
        Comparator<N> byName = (a, b) -> VIETNAMESE.compare(nameOf.apply(a), nameOf.apply(b));
        Map<Long, List<N>> childrenOf = new HashMap<>();
        N root = null;
        // Children are built before their parents: walk the list from the deepest nodes up.
        for (int i = subtree.size() - 1; i >= 0; i--) {
            E entity = subtree.get(i);
            long id = idOf.apply(entity);
            List<N> children = childrenOf.getOrDefault(id, new ArrayList<>());
            children.sort(byName);
            N node = makeNode.apply(entity, List.copyOf(children));
            if (id == rootId) {
                root = node;
            } else {
                Long parentId = MaterializedPaths.parentIdOf(pathOf.apply(entity));
                if (parentId != null) {
                    childrenOf.computeIfAbsent(parentId, k -> new ArrayList<>()).add(node);
                }
            }
        }
        return root;
    }
}
