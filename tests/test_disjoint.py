from storylens.disjoint import DisjointSets


def test_unions_form_groups_with_the_smallest_index_as_representative():
    ds = DisjointSets(6)
    ds.union(4, 2)
    ds.union(2, 5)
    ds.union(0, 1)
    assert ds.groups() == {0: [0, 1], 2: [2, 4, 5], 3: [3]}
    assert ds.groups([5, 3]) == {2: [5], 3: [3]}
    assert ds.find(5) == ds.find(4) == 2
