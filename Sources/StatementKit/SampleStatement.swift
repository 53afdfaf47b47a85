/// The statement `communique` opens when it is given no file: written for this project, with
/// quotes from several speakers, pronoun speakers, a quotation that runs over two paragraphs,
/// a rejected call that is not a call, and several calls to action.
public enum SampleStatement {
    public static let name = "sample"

    public static let text = """
    The Northern Rivers Council today urged the two provincial governments to reopen talks on the Aldermoor dam, restore the seasonal flow agreement, and publish the water-quality data they hold.

    In a statement released after an emergency session, the council said that fishing communities downstream had lost half of their income since the spring.

    “We call on both governments to return to the table before the dry season begins,” the statement said. “Every week of delay costs families along the river their livelihood.”

    Council chair Ingrid Salo told reporters that the council had written to both ministers twice without a reply. “We are not asking for favours. We are asking for the agreement signed in 2019 to be honoured,” she said.

    Provincial water minister Tomas Reyes rejected the council’s call for new talks, saying the current allocation was “fair and lawful.”

    “The province has met every obligation it signed up to,” Reyes said. “We will not reopen an agreement because one season was dry.”

    Dr. Amara Lindqvist, a hydrologist at the University of Eastvale, said the measurements told a different story.

    “The flow at the lower gauge has fallen by a third since March. At that level the spawning grounds dry out in weeks, not months.

    “Both provinces should publish their gauge readings every day, so that nobody has to argue about the numbers,” she said.

    In closing, the council appealed to both ministers to meet the fishing associations before the end of the month. The operating rules of the dam must be reviewed by an independent panel, it said.

    """
}
