## The agreement conversation: saying aloud what each of you assumed was okay.

agreement-title = Say your agreements out loud
agreement-summary = Say what each of you assumed was okay, area by area.
agreement-recap = You were partway through going over your agreements.

agreement-intro =
    Most couples live by rules nobody ever said out loud. Each person quietly assumes the other sees things the same way, and usually they only find out they didn't when one of those unspoken lines gets crossed.

    Putting those rules into words, before a line is crossed or after, is an ordinary part of looking after a relationship. It doesn't mean you distrust each other.

    There's also no single right set of answers. For some couples a close friendship with a little flirting in it is no problem; for others it's a firm line. Staying in touch with exes works the same way. What counts is that you both know where you stand.
agreement-intro-how =
    I'll take you through thirteen areas, one at a time. For each one, tap what's true for you today: fine with you, not fine, it depends, not sure, something you'd like to talk about, or what you'd need there, in your own words.

    Answer for yourself, not for what you think your partner would say. At the end you'll get a summary to take into the conversation with them.
agreement-begin = Let's go through them

agreement-fine = Fine with me
agreement-not-fine = Not fine with me
agreement-depends = It depends
agreement-need = What I'd need here
agreement-unsure = I'm not sure
agreement-talk = I want to talk about it

agreement-q-friendships =
    1 of 13: Friendships the other hasn't met

    One of you has a good friend the other has never met. The two of them talk often and sometimes meet up.

    How does that sit with you?
agreement-q-ex-contact =
    2 of 13: Contact with exes

    One of you keeps in touch with an ex: a message now and then, maybe a coffee when you're both in town.

    How does that sit with you?
agreement-q-ex-online =
    3 of 13: Exes online

    One of you follows an ex on social media, and likes or comments on what they post.

    How does that sit with you?
agreement-q-dating-apps =
    4 of 13: Dating apps

    One of you still has a profile on a dating app while you're together, whether or not it gets used.

    How does that sit with you?
agreement-q-flirting =
    5 of 13: Flirting

    One of you flirts with someone else: teasing, compliments, a bit of a spark, in person or by message. Nothing goes further than that.

    How does that sit with you?
agreement-q-sexting =
    6 of 13: Sexting

    One of you swaps sexual or openly flirty messages or pictures with someone else. It stays on the screen; nobody meets.

    How does that sit with you?
agreement-q-private-messages =
    7 of 13: Private accounts and messages

    One of you has an account or a chat app the other doesn't know about, or regularly deletes the conversation with one particular person.

    This isn't about reading each other's messages. Everyone is allowed private conversations. It's about whether something exists that the other doesn't know is there.

    How does that sit with you?
agreement-q-coworker =
    8 of 13: Closeness with a coworker

    One of you gets close to someone at work: lunches together, long talks, messages in the evening about more than work.

    How does that sit with you?
agreement-q-complaining =
    9 of 13: Complaining about us to someone attractive

    One of you pours out the problems in your relationship to someone they're drawn to, or who seems drawn to them.

    How does that sit with you?
agreement-q-basically-single =
    10 of 13: Acting “basically single”

    With someone they find attractive, one of you plays the relationship down: “it's complicated”, “we're more like flatmates”, or just never mentions it.

    How does that sit with you?
agreement-q-intimate-sharing =
    11 of 13: Sharing intimate things

    One of you confides in someone else about personal things, like private feelings or how your relationship is going, including things they haven't yet shared with the other.

    How does that sit with you?
agreement-q-emotional-dependency =
    12 of 13: Someone who depends on you, or you on them

    One of you becomes the person someone else leans on for everything, or leans on someone that way: in touch all day, the first to hear any news, hard to go a day without. It starts to work like a relationship of its own.

    How does that sit with you?
agreement-q-secret-plans =
    13 of 13: Plans you don't mention

    One of you makes plans to see someone and doesn't bring it up, before or after.

    How does that sit with you?
agreement-q-need =
    In a sentence or two: what would you need here? For example, to hear about it from them, to be asked first, or for it not to happen at all.

    It goes into your summary only. If you compare with your partner, they see that you named a need here, never your words.
agreement-need-skip = Skip this, keep going

agreement-recap-friendships = You were on area 1 of 13: friendships the other hasn't met.
agreement-recap-ex-contact = You were on area 2 of 13: contact with exes.
agreement-recap-ex-online = You were on area 3 of 13: exes online.
agreement-recap-dating-apps = You were on area 4 of 13: dating apps.
agreement-recap-flirting = You were on area 5 of 13: flirting.
agreement-recap-sexting = You were on area 6 of 13: sexting.
agreement-recap-private-messages = You were on area 7 of 13: private accounts and messages.
agreement-recap-coworker = You were on area 8 of 13: closeness with a coworker.
agreement-recap-complaining = You were on area 9 of 13: complaining about us to someone attractive.
agreement-recap-basically-single = You were on area 10 of 13: acting “basically single”.
agreement-recap-intimate-sharing = You were on area 11 of 13: sharing intimate things.
agreement-recap-emotional-dependency = You were on area 12 of 13: someone who depends on you, or you on them.
agreement-recap-secret-plans = You were on area 13 of 13: plans you don't mention.
agreement-recap-not-rules = You'd been through all thirteen areas. Your summary was next.
agreement-recap-safety = You'd been through all the areas. One question about your safety was left before your summary.

agreement-not-rules =
    Before your summary, one thing this list leaves out on purpose.

    Checking a partner's phone, insisting on their passwords, or tracking where they are can look like agreements, but they aren't. They're signs of control. They tend to wear away the very trust they're meant to protect.

    If you've felt pulled toward any of that, it's understandable. Hurt and doubt push people that way. Usually it means something needs to be said out loud, and that's what your summary is for.

    Openness that someone offers freely is different. Your partner might choose to mention who they've been talking to, or tell you when a friendship starts to feel close. That's something they give, not a rule anyone enforces.

    And if you're the one being checked or tracked, and it leaves you uneasy or afraid, that matters. /sos lists people you can talk to.
agreement-see-summary = Show my summary

agreement-summary-intro = Here's where you stand today. Bring it into the conversation as a starting point, not a list of demands. Your answers can change, and so can your partner's.

agreement-tally = { $lines }

agreement-tally-fine = Fine with you: { $n }

agreement-tally-not-fine = Not fine with you: { $n }

agreement-tally-depends = It depends: { $n }

agreement-tally-unsure = Not sure yet: { $n }

agreement-tally-talk = To talk through: { $n }

agreement-tally-need = Where you said what you'd need: { $n }
agreement-summary-none = You didn't place any of the areas this time. That's all right; the ideas below still hold.
agreement-group-fine =
    Fine with you:
    { $areas }
agreement-group-not-fine =
    Not fine with you:
    { $areas }
agreement-group-depends =
    It depends, for you:
    { $areas }
agreement-group-unsure =
    Not sure yet:
    { $areas }
agreement-group-talk =
    You'd like to talk these through:
    { $areas }
agreement-group-need =
    What you'd need:
    { $areas }
agreement-need-item = • { $area }: “{ $need }”

agreement-area-friendships = Friendships the other hasn't met
agreement-area-ex-contact = Contact with exes
agreement-area-ex-online = Following or engaging with exes online
agreement-area-dating-apps = Dating-app profiles
agreement-area-flirting = Flirting
agreement-area-sexting = Sexting with someone else
agreement-area-private-messages = Private accounts, messages and deleted threads
agreement-area-coworker = Closeness with a coworker
agreement-area-complaining = Complaining about the relationship to someone attractive
agreement-area-basically-single = Acting “basically single” with someone
agreement-area-intimate-sharing = Sharing intimate things with someone else
agreement-area-emotional-dependency = Someone else depending on one of you like a partner
agreement-area-secret-plans = Making plans with someone without saying so

agreement-unsure-note = Where you're not sure, you can say exactly that. Being unsure is an honest answer, and you can work it out together.
agreement-depends-note = Where it depends, try to say on what: who the person is, how often, whether it's in the open. Those conditions are the real agreement.

agreement-how =
    How to hold the conversation

    • If something specific has happened, talk about that first, on its own. Save the wider talk about agreements for a calmer moment; doing both at once tends to swamp you both.
    • Make it an exchange, not a negotiation. Each of you says what feels okay, what doesn't, where you're unsure, and what you need. Listen to their answers as closely as you share yours.
    • Expect some differences. They don't mean either of you is wrong. Finding them is the point.
agreement-never-said =
    One thing to notice if it comes up: “we never said we couldn't.” It can be true on paper and still be a way out of owning what happened. Hidden contact with someone you're attracted to goes against the spirit of a committed relationship. It doesn't have to be written down anywhere for that to be true.

    Saying your agreements out loud closes that gap, for both of you.
agreement-safety-first = You told me fear or control is part of this, so safety comes before any agreement. If raising this could make things less safe for you, talk it through first with a support line: the first button below lists them. The summary is here for you alone.
agreement-summary-next = Where would you like to go from here?
agreement-safety-yes = Nothing here needs to be said to your partner. Your summary stays with you, and it won't offer to invite them.
