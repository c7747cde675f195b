## Thinking about leaving: for the person leaning toward leaving, or weighing it. Never a
## push either way. Safety first when fear or control came up: no script for telling a
## partner face to face, the lines and a safety plan instead.

leaving-title = Thinking about leaving
leaving-summary = For when you're weighing leaving: deciding, telling them, looking after yourself.
leaving-recap = You were looking at what leaving would involve.
leaving-recap-safety = You were about to answer a question about your safety.
leaving-recap-safety-first = You were reading about staying safe, before anything else.
leaving-recap-parts = You were choosing which part to look at.
leaving-recap-deciding = You were thinking about what you can live with and what you deserve.
leaving-recap-decision = You were reading what your answers about deciding suggest.
leaving-recap-telling = You were looking at how to tell them.
leaving-recap-people = You were reading about the people around you.
leaving-recap-self-care = You were reading about looking after yourself.
leaving-recap-professional = You were reading about where a professional helps.

leaving-intro =
    This is for when you're leaning toward leaving, or weighing whether to.

    I won't push you either way. Deciding you can't rebuild trust after what happened isn't an overreaction: it's an honest reading of what trust needs. Deciding to stay can be just as honest.

    There are five parts, in any order: deciding, telling them, the people around you, looking after yourself, and where a professional helps. First, a word about safety.
leaving-begin = Let's start

leaving-q-safety = Before anything else: are you afraid of your partner, or of how they'd react if you left? For example threats, pushing you around, checking your phone, keeping you from friends or family, or controlling your money.
leaving-safety-known = Earlier you told me that fear or control is part of this. That changes how to think about leaving, so it comes first.
leaving-safety-first =
    When a partner frightens or controls you, leaving is something to plan, not to announce. The time around a break-up is often when the danger grows, so please don't tell them face to face, and not before you have somewhere safe to be.

    A domestic abuse line can help you plan it in confidence: when, how, where to go, what to take. You can call before you've decided anything.

    If they might look at your phone: /hide clears my recent messages, and /delete erases everything I keep.
leaving-safety-plan-btn = Make a safety plan
leaving-safety-read-on = Go on to the other parts

leaving-q-part = Which part would help right now? You can come back here and take another.
leaving-part-deciding = Deciding: what can I live with?
leaving-part-telling = Telling them
leaving-part-people = The people around me
leaving-part-self-care = Looking after myself
leaving-part-professional = Where a professional helps
leaving-part-done = That's enough for now
leaving-other-parts = Back to the parts

leaving-q-live-with = Picture a year from now. You're still together, and what happened is still part of your story. Which feels closer?
leaving-live-with-fade = With real repair, it could fade
leaving-live-with-carry = I'd carry it every day
leaving-live-with-unsure = I can't tell yet

leaving-q-deserve = Now think about what you'd need to feel safe with them again: honesty, openness without being asked, time, real change. Is that being offered?
leaving-deserve-offered-btn = Yes, steadily
leaving-deserve-partly-btn = Some of it, or only in words
leaving-deserve-not-offered-btn = No, it isn't
leaving-deserve-not-asked-btn = I haven't said what I need

leaving-decision-toward-leaving = You'd carry this every day, and what you need isn't really being offered. If that leads you to decide you can't rebuild trust, it isn't an overreaction. It's an honest reading of what trust needs.
leaving-decision-stays-with-you = Even with what you need on offer, you think you'd carry this every day. Take that seriously: some hurts stay however well the other person behaves. Knowing that about yourself is honest, not unfair.
leaving-decision-room = You can picture this fading, and what you need is being offered. There may be room for repair, if you want it. Staying would be a real choice, not a failure to leave, and leaving is still yours to choose.
leaving-decision-between = You're somewhere in between, and that's an honest place to be. You don't have to decide today, and not deciding yet isn't the same as being stuck.
leaving-deserve-offered = Openness given steadily, without you having to chase it, is what repair is made of. Words right after being found out are easy; what counts is what keeps happening.
leaving-deserve-partly = Promises made right after being found out cost little. Trust comes back through steady behaviour over time. It's fair to watch for that before you decide, and fair to decide it isn't coming.
leaving-deserve-not-offered = If what you need isn't being offered, staying would mean carrying the repair on your own. You deserve someone who meets you in the hurt, not someone you have to convince that it hurts.
leaving-deserve-not-asked = You haven't said yet what you need. If it feels safe to, saying it once, plainly, and seeing what comes back can tell you a lot: how someone answers a clear request often says more than what they did.
leaving-deserve-not-asked-safety = You haven't said what you need, and with fear in the picture you don't have to test that with them. Your safety comes first; a support line can help you think about the rest.
leaving-decision-yours = This reflects what you told me; it isn't a verdict. Staying and leaving are both valid, and the choice and its timing are yours.
leaving-decision-both-valid = Some people work through this and come out with something stronger. Others know it would stay with them, and would rather leave than carry it.

leaving-telling =
    If you decide to tell them, a few things make it easier to get through:

    • Pick a calm moment and a place you can leave when you want to. Not in the middle of a fight, not late at night.
    • Say the decision plainly, in a sentence or two. It's a decision, not an opening offer, so you don't have to prove your case.
    • If they ask for every reason, one honest one is enough.
    • Expect strong reactions: tears, promises, anger, blame. You can hear them without deciding all over again on the spot.
    • Plan the hours after: who you'll call, where you'll sleep tonight.

    If you're afraid of how they'll react, don't do it alone or face to face. Talk to a support line first.
leaving-telling-words-btn = How to put it into words
leaving-afraid-btn = I'm afraid of how they'll react

leaving-telling-words =
    A shape that tends to work: what you decided, one honest reason, and what happens next.

    “I've thought about this for a long time. I can't rebuild trust after what happened, and I've decided to end things. I'll stay with a friend this week, and we can sort out the practical side after that.”

    Some replies can pull you back into the argument:
    • “It was nothing.” You don't need to agree on how big it was to know what you can live with.
    • “You're overreacting.” What trust needs is yours to judge.
    • “I'll change, I promise.” Maybe. You can still decide not to wait and find out.

    You don't have to win any of these. “I hear you, and my decision stands” is enough.

leaving-telling-safe =
    With fear or control in the picture, I won't help you prepare to tell them face to face. The time around leaving is often when things get most dangerous, so the how and the when are worth planning with someone trained in exactly this.

    A domestic abuse line can help you think about:
    • whether to tell them at all before you're somewhere safe;
    • keeping your phone, documents and some money where you can reach them;
    • who knows your plan, and a word you can send if you need help.

    The lines are free and confidential, and you don't need to have decided anything to call.

leaving-people =
    Leaving, or even thinking about it, is heavy to carry alone.

    • Choose one or two people who are on your side and can keep it to themselves. You don't have to tell everyone, or tell it all.
    • Ask for something concrete: a night on their sofa, company on the day you tell them, help with a move, a call each evening.
    • Some people will have strong opinions about what you should do. You can thank them and still decide for yourself.
    • If you've drifted away from friends or family during the relationship, reaching out again can feel awkward. Most people are glad to hear from you, and one short message is enough to start.

    If there's nobody right now, support lines are there for this too: /sos.

leaving-self-care =
    Whatever you decide, the weeks around it take a lot out of you.

    • Keep the basics going: sleep, food, some movement, daylight. In a hard week they're not a luxury.
    • Grief can come even when leaving is your choice. Missing someone and knowing you were right can both be true.
    • Give yourself distance from their profiles and messages. Checking rarely brings the relief it promises.
    • Hold off on big decisions at three in the morning. Write the thought down and look at it in daylight.
    • Give a little time back to something you enjoyed before all this took up the room.

    If the low days pile up, or everyday things stop working, talk to someone: your doctor, a counsellor, or /sos if it feels urgent.

leaving-professional =
    Where a professional can help:

    • Counselling on your own: to sort out what you want, to grieve, or to trust your own judgement again after being misled. Useful whether you stay or go.
    • Couples counselling, if you're both willing and still undecided: it can help you see whether what happened is a symptom of something you could work on together, or the issue itself. It isn't advised when there's fear or control in the relationship.
    • A lawyer or a mediator, if you share a home, children, money or a lease: knowing your options early makes the practical side less frightening.
    • A domestic abuse service, if you're afraid of your partner: planning to leave safely is what they do.

leaving-end = Thank you for taking this time. Whatever you decide, and whenever you decide it, the choice is yours. You can come back to any part from the menu.
leaving-if-staying = If we try to work through it
