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
