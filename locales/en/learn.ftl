## The library: short pieces to read, each in under a minute. They explain ideas; they
## never judge anyone's relationship. learn-<piece> is the first page, learn-<piece>-more
## the second (for the longer pieces), learn-<piece>-title its button.

learn-intro = Short pieces to read, each in under a minute. They explain ideas; they don't judge anyone's relationship. Pick one.
learn-read-on = Read on
learn-other-pieces = More to read

learn-what-title = What micro-cheating is, and isn't
learn-what =
    What micro-cheating means

    The word covers small, deniable things that fall short of an affair: texting that doesn't quite feel right, flirting that was “just friendly”, a closeness with a coworker the partner doesn't know about. Each alone is easy to explain away. “Micro” says two things: none of it is a big event, and together it can add up to a lot.

    Three questions help tell it apart from ordinary life:
    • Is it kept from the partner because they would object?
    • Does it give something romantic or emotional that's missing at home?
    • Does it keep up a closeness with someone that goes past what the two of you agreed, out loud or silently?
learn-what-more =
    Where the word goes wrong

    Critics say the term turns ordinary life into evidence, and they have a point. People in good relationships still find others attractive, keep friends of any gender, and have inner lives of their own. Not everything that makes a partner uneasy is a betrayal.

    The word can also become a tool for control: a reason to check a phone, to cut someone off from friends, to treat every conversation as suspect. That isn't what it's for, and if watching has become part of a relationship, that needs attention in its own right.

    The useful middle: name what's really there, without waving it away, and without treating every unclear moment as a betrayal.

learn-spectrum-title = From clearly fine to clearly not
learn-spectrum =
    A spectrum, not a yes or no

    • Clearly fine: friends your partner hasn't met, a celebrity crush, noticing someone attractive, an ex you're friends with openly, enjoying attention.
    • The gray zone: frequent, close texting your partner doesn't know the extent of; following an ex closely; chats you'd rather not show; saying you're “basically single”, or venting about your relationship, to someone you're drawn to; flirting you both know is more than friendly.
    • Clearly not, for most: an active dating profile, a secret line to an ex, sexting, telling someone intimate things your partner doesn't know, hidden plans to meet, someone leaning on you like a partner.

    Where a thing sits depends partly on what the two of you agreed. Couples set different rules, and both can be right.

learn-why-title = Why people do it
learn-why =
    Why people do it

    Understanding why doesn't excuse anything. It matters because the reason points at what would actually change.

    • Wanting to feel noticed. Feeling attractive or special to someone new, when that has gone quiet at home, or when a person leans on outside approval to feel worth something. It doesn't have to mean the relationship is bad.
    • Keeping a door open. Someone unsure, or afraid of feeling trapped, holds on to other connections as a backup. It's rarely a plan; more a way of calming fear, and it can sit right beside real love.
learn-why-more =
    • Something missing at home. When being understood or feeling chosen has faded, an outside connection can fill the gap. That makes it understandable, not acceptable, and it points at a conversation that hasn't happened yet.
    • Wanting something new. The rush of early attraction fades, and missing it is human. What matters is whether that's talked about openly or chased in secret.
    • Old habits. A flirty way of texting, or contacts kept from before, that nobody looked at again after committing.

    Often more than one is true at once.

learn-symptom-title = A symptom, or the issue itself?
learn-symptom =
    A symptom, or the issue itself?

    Sometimes the behaviour points at something else: unhappiness nobody has named, needs never said out loud, doubts about the relationship nobody has faced. Then stopping it doesn't fix much. The chats end, the distance stays, and something else fills the gap.

    Other times the behaviour is the issue. Nothing in particular is missing at home; the person has never fully signed up to the relationship or its rules. Then the conversation is about values, and about what they're really prepared to give.

    The two are hard to tell apart from the inside. A couples counsellor can often help both people see which one it is.

learn-cycle-title = The anxious–avoidant cycle
learn-cycle =
    The anxious–avoidant cycle

    Not a diagnosis: a pattern some couples recognise.

    Some people find full closeness hard and feel safer with a little distance. They may keep small outside connections as a cushion, usually without deciding to. It eases an old unease about being all in; it's rarely about wanting an affair.

    Others are very alert to any sign of being left. They often notice those connections early and react strongly. They may be seeing something real, or worry may be finding danger in ordinary things, and from the inside the two feel the same.

    Together, a loop forms: one keeps some distance, the other feels alarmed and raises it, the first gets defensive or pulls away, the second pushes harder. Nothing gets settled.
learn-cycle-more =
    Stepping out of the loop

    If you're the one who pulls back: notice when closeness makes you reach for an exit, and say so instead of reaching. “This is hard for me to talk about, and I want to stay in it” keeps the door open.

    If you're the one who notices: check gently, with a question rather than a charge, and never by keeping watch. Ask yourself what you actually saw, not only what you fear.

    For both: seeing the loop as the problem, rather than each other, is often what lets a couple step out of it. A counsellor can help with that.

learn-never-touched-title = “But we never touched”
learn-never-touched =
    “But we never touched”

    It's the most common reply when this is raised, and it may be true. It still misses the point, for three reasons.

    • Hiding says something. People rarely work to hide what they believe is innocent; if there were nothing to explain, it would have come up.
    • Touch isn't the measure. Attention, feeling and desire going somewhere else hurt on their own. What hurts is finding out you were wrong about where you stood.
    • It moves the question. The person who raised it ends up defending their right to be hurt, instead of being met in it.

    If you're the one saying it: “nothing happened” can be true and still not be the answer your partner needs.

learn-never-said-title = “We never said we couldn't”
learn-never-said =
    “We never said we couldn't”

    Most couples run on agreements nobody said out loud, each assuming the other shares them. That works until it doesn't.

    When something hidden comes out, the missing rule can become a shelter: technically true, and a way of not owning it. Most adults know that secret contact with someone they're drawn to goes against the spirit of a committed relationship, whether or not anyone named it.

    The way forward isn't winning the argument about what was said. It's saying it now: what feels fine, what doesn't, where you're unsure, what you need. Talking about agreements is normal in a relationship that takes both people seriously, not a sign of distrust.
