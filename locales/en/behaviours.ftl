## Behaviours, as button labels. Shared by the dealbreaker check and the spectrum check.
## Neutral wording, so both the one doing it and the one noticing it can use them.

behaviour-texting = Frequent texting with someone that feels too close
behaviour-ex-online = Following an ex closely online and engaging with their posts
behaviour-secret-ex = Secret contact with an ex
behaviour-dating-app = A dating-app profile kept up while together
behaviour-flirting = Flirting that goes past friendly
behaviour-hidden-accounts = A private account, a hidden chat, or deleted messages
behaviour-coworker = A closeness with a coworker that feels like more
behaviour-intimate-sharing = Confiding intimate things in someone else instead of the partner
behaviour-sexting = Sexual or explicitly flirty messages with someone else
behaviour-secret-plans = Making plans to meet someone and hiding it
behaviour-other = Something else

## Short names, to name several behaviours on one line (after "You asked about:").
## Lower case, no semicolons: they are joined with "; ".
behaviour-short-texting = close texting with someone
behaviour-short-ex-online = following an ex online
behaviour-short-secret-ex = secret contact with an ex
behaviour-short-dating-app = a dating-app profile
behaviour-short-flirting = flirting past friendly
behaviour-short-hidden-accounts = hidden chats or accounts
behaviour-short-coworker = closeness with a coworker
behaviour-short-intimate-sharing = confiding in someone else
behaviour-short-sexting = sexual messages
behaviour-short-secret-plans = hidden plans to meet
behaviour-short-complaining = venting to someone with a spark
behaviour-short-basically-single = “basically single” talk
behaviour-short-uncomfortable-chats = chats that would be awkward to show
