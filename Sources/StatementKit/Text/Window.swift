/// The positions a rule looks over near a word, from `start` up to `end`: none when the word
/// stands too near its sentence's edge for any, where a plain range would end before it begins
/// and trap ("Police asking residents to leave.").
func window(from start: Int, to end: Int) -> Range<Int> {
    start < end ? start..<end : end..<end
}
