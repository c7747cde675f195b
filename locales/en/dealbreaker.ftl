## Dealbreaker check: is this workable, or dealbreaker territory?

dealbreaker-title = Is this workable, or a dealbreaker?
dealbreaker-summary = A few questions about what happened and how it was handled, then a reading.
dealbreaker-recap = You were partway through the dealbreaker check.
dealbreaker-recap-what = You were about to tell me what happened.
dealbreaker-recap-response = You'd told me what happened; next was how your partner responded.
dealbreaker-recap-willing = Next was whether your partner wants to understand why it happened.
dealbreaker-recap-pattern = Next was whether this has happened before.
dealbreaker-recap-concealment = Next was how much was hidden.
dealbreaker-recap-affair = Next was how close that other connection has become.
dealbreaker-recap-commitment = Next was your sense of your partner's commitment.
dealbreaker-recap-need = Next was what you'd need to feel safe again.
dealbreaker-recap-safety = You were at the start, with one question about your safety.
dealbreaker-safety-yes = You can still look at what happened here, at your own pace. Whatever the reading says, nothing in it asks you to confront anyone.
dealbreaker-safety-continue = Go on with the questions

dealbreaker-intro =
    Let's look at what happened, together.

    I'll ask about nine short questions. At the end you'll get a reading: whether situations like yours tend to be workable, tend toward dealbreaker territory, or sit somewhere mixed, along with every reason that pointed each way.

    It's a reading, not a verdict. You know things about your relationship that no set of questions can capture, and whatever you decide is yours to decide.

    It's written for someone weighing what their partner did. If you're the one who did it, choose “I'm the one who did it” below.
dealbreaker-begin = Let's start
dealbreaker-did-btn = I'm the one who did it

dealbreaker-did =
    This check is for someone deciding whether what their partner did is workable for them, so its questions don't fit your side.

    There's a conversation written for you: naming what happened without making it smaller, what to say to your partner, and rebuilding trust. Wanting to look at it honestly is a good place to start.

dealbreaker-q-what = What happened? Pick the one closest to it. If it was several smaller things, choose “Several of these”: small things often add up.
dealbreaker-what-several = Several of these
dealbreaker-q-several = Let's take them together. Which one weighs on you most? Pick it first, and I'll ask for the others next.
dealbreaker-q-also = What else? Pick the next one.
dealbreaker-q-also-2 = Anything more? Pick one, or choose “That's all”.
dealbreaker-also-done = That's all
dealbreaker-q-what-other = In a sentence or two, what happened? I'll keep it only until this check is finished. You can also skip this.

dealbreaker-q-response = When it came up, how did your partner respond?
dealbreaker-response-owned = They owned it honestly
dealbreaker-response-minimised = They made it sound smaller than it was
dealbreaker-response-deflected = They changed the subject or dodged
dealbreaker-response-turned-around = They turned it around on me
dealbreaker-response-denied = They denied what was plainly there
dealbreaker-response-angry = They got angry at me for asking
dealbreaker-response-not-raised = I haven't raised it yet

dealbreaker-not-raised =
    That's worth knowing. How someone responds when this comes up often tells you more than the behaviour itself, and that part hasn't happened yet.

    You could prepare that conversation first, or carry on here with what you know now and come back later.
dealbreaker-prepare-raise = Help me prepare to raise it
dealbreaker-continue-anyway = Carry on with what I know

dealbreaker-q-willing = Does your partner seem willing to look honestly at why it happened?
dealbreaker-willing-yes = Yes, they want to understand it
dealbreaker-willing-unsure = I can't tell yet
dealbreaker-willing-no = No, they won't go there

dealbreaker-q-pattern = Is this the first time, or has something like it come up before?
dealbreaker-pattern-first = First time, as far as I know
dealbreaker-pattern-changed = It happened before, and things changed after we talked
dealbreaker-pattern-unchanged = I've raised it before and nothing changed
dealbreaker-pattern-unsure = I'm not sure

dealbreaker-q-concealment = How much was kept from you?
dealbreaker-concealment-open = Nothing really; it was out in the open
dealbreaker-concealment-some = Some of it was kept quiet
dealbreaker-concealment-extensive = A lot: hidden accounts, deleted messages, or lies
dealbreaker-concealment-unsure = I don't know yet

dealbreaker-q-affair = Has the connection with the other person become something that works like a relationship: daily closeness, emotional reliance, sharing what they don't share with you?
dealbreaker-affair-no = No, it hasn't gone that far
dealbreaker-affair-unsure = I can't tell
dealbreaker-affair-yes = Yes, it feels like that

dealbreaker-q-commitment = Honestly, setting hope aside for a moment: how committed to your relationship does your partner seem?
dealbreaker-commitment-committed = Committed, even if they got this wrong
dealbreaker-commitment-unsure = I'm genuinely unsure
dealbreaker-commitment-not = I don't think they're fully in it

dealbreaker-q-need = And you: what would you need to feel safe with them again?
dealbreaker-need-transparency-btn = Openness from them, for a good while
dealbreaker-need-time-btn = Time, without being rushed
dealbreaker-need-distance-btn = That contact with the other person ends
dealbreaker-need-support-btn = Help from someone outside, like a counsellor
dealbreaker-need-unsure-btn = I don't know yet
dealbreaker-need-cannot-btn = I'm not sure I can carry this


dealbreaker-leaning-workable = Situations like the one you describe tend to be workable. That doesn't mean it's easy or that you have to stay; it means the things that usually make repair possible seem to be there.
dealbreaker-leaning-mixed = Your answers are mixed. Some things point toward repair being possible, and some point the other way. That's common; the reasons on each side are just below.

dealbreaker-leaning-mixed-none = Your answers don't lean either way yet. Nothing you told me points clearly toward repair or away from it; much is still unknown, and that's common this early.

dealbreaker-leaning-mixed-dealbreaker = Your answers don't lean either way yet. Something you told me points toward dealbreaker territory, but not strongly enough to lean that way, and nothing clearly points toward repair either. Much is still open.

dealbreaker-leaning-mixed-workable = Your answers don't lean either way yet. A few things point toward repair being possible and nothing you told me points clearly the other way, but there isn't enough yet to call it workable.
dealbreaker-leaning-dealbreaker = Situations like the one you describe tend toward dealbreaker territory. That isn't a ruling; it means the signs that usually make trust hard to rebuild are showing up.
dealbreaker-toward-workable =
    What pointed toward workable:
    { $reasons }
dealbreaker-toward-dealbreaker =
    What pointed toward dealbreaker territory:
    { $reasons }

dealbreaker-factor-owned = • They owned it honestly, without shrinking it or turning it on you.
dealbreaker-factor-minimised = • They made it sound smaller than it was.
dealbreaker-factor-deflected = • They dodged the question instead of answering it.
dealbreaker-factor-turned-around = • They turned it around so that you became the problem.
dealbreaker-factor-denied = • They denied what was plainly there.
dealbreaker-factor-angry = • They got angry at you for bringing it up.
dealbreaker-factor-willing = • They seem willing to understand why it happened.
dealbreaker-factor-unwilling = • They won't look at why it happened.
dealbreaker-factor-first-time = • As far as you know, this is the first time.
dealbreaker-factor-changed-before = • When something like this came up before, things changed.
dealbreaker-factor-pattern = • You've raised this before and nothing changed.
dealbreaker-factor-several = • It wasn't one thing but several. Small things that each look minor on their own can add up to a pattern.
dealbreaker-factor-open = • It wasn't hidden from you.
dealbreaker-factor-concealment = • A lot was hidden, and hiding takes ongoing effort.
dealbreaker-factor-no-affair = • The other connection hasn't grown into something like a relationship.
dealbreaker-factor-affair = • The other connection already works like a relationship.
dealbreaker-factor-committed = • You sense they're committed, even though they got this wrong.
dealbreaker-factor-not-committed = • Your honest sense is that they're not fully in the relationship.
dealbreaker-factor-cannot-carry = • You're not sure you can carry this, and that counts.

dealbreaker-response-matters = Why the response weighs so much: what someone did is rarely the whole story. How they answer when it's named (owning it, or denying, dodging, getting angry) is a preview of how every repair conversation after it is likely to go.
dealbreaker-response-unknown = One big piece is still missing: how your partner responds when you raise it. That response often says more than the behaviour did, so this reading may look different after that conversation.

dealbreaker-need-transparency = You said you'd need openness for a good while. That's a reasonable need, not an excessive one, and a partner who wants to repair can meet it.
dealbreaker-need-time = You said you'd need time. Hurt like this doesn't run to a schedule, and you don't owe anyone a quick recovery.
dealbreaker-need-distance = You said you'd need the contact to end. It's fair to say that clearly, and to notice how it's received.
dealbreaker-need-support = You said you'd want help from outside. A counsellor can help you both see what the behaviour was about; it's a sign of taking this seriously, not of failure.
dealbreaker-need-unsure = You don't know yet what you'd need, and that's fine. It often becomes clearer after the first honest conversation.
dealbreaker-need-cannot = You said you're not sure you can carry this. Some people find they can rebuild; others know this would stay with them. Both are honest answers.

dealbreaker-safety-first = You told me fear or control is part of this, so safety comes first. Before any confrontation or decision, talk it through with a support line (the button below lists them), and plan how you'd stay safe. Here is the reading, with that in mind.

dealbreaker-both-valid = Whatever the reading says, two things stay true. If you conclude that trust can't come back after this, you are not overreacting; you are seeing clearly what trust needs. And choosing to stay and rebuild is just as valid. What matters is choosing honestly: what you are able to live with, and what you are worth.

dealbreaker-where-next = Where would you like to go from here?
dealbreaker-about-own = You described it in your words: “{ $behaviour }”.
dealbreaker-about = You asked about: { $behaviours }.
