// Regression: a default trait method whose impl names a projection in its trait arguments
// (`Parser<I, <I as Stream>::Slice>`) has not-normalized instance arguments; naming its
// subprogram once panicked in rustc's type-name printer (found building `toml_edit`).
trait Stream {
    type Slice;
}
struct Bytes;
impl Stream for Bytes {
    type Slice = &'static [u8];
}
trait Parser<I, O> {
    fn parse(&self, input: I) -> O;
    fn try_map<G: Fn(O) -> Result<O2, E>, O2, E>(self, g: G) -> Mapped<Self, G, O>
    where
        Self: Sized,
    {
        Mapped { p: self, g, _o: std::marker::PhantomData }
    }
}
struct Mapped<P, G, O> {
    p: P,
    g: G,
    _o: std::marker::PhantomData<O>,
}
struct Take;
impl<I: Stream<Slice = S>, S: Copy> Parser<I, <I as Stream>::Slice> for Take
where
    I: Copy + Into<S>,
{
    fn parse(&self, input: I) -> <I as Stream>::Slice {
        input.into()
    }
}
#[derive(Clone, Copy)]
struct In;
impl Stream for In {
    type Slice = &'static [u8];
}
impl From<In> for &'static [u8] {
    fn from(_: In) -> Self {
        b"abc"
    }
}
fn main() {
    let m = Parser::<In, &'static [u8]>::try_map(Take, |s: &'static [u8]| std::str::from_utf8(s));
    println!("{:?}", (m.g)(m.p.parse(In)));
}
