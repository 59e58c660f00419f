// A compile-time bomb: every level doubles the type, and the error prints the whole of it.
template <class A, class B> struct Pair {};

template <int N, class T> struct Grow {
  using type = typename Grow<N - 1, Pair<T, T>>::type;
};
template <class T> struct Grow<0, T> {
  using type = T;
};

int main() {
  Grow<40, int>::type value;
  return value.missing;
}
