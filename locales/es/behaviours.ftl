## Behaviours, as button labels. Shared by the dealbreaker check and the spectrum check.
## Neutral wording, so both the one doing it and the one noticing it can use them.

behaviour-texting = Mensajes constantes y demasiado cercanos con alguien
behaviour-ex-online = Seguir de cerca a una expareja en redes y comentar lo que publica
behaviour-secret-ex = Contacto a escondidas con una expareja
behaviour-dating-app = Un perfil en una app de citas durante la relación
behaviour-flirting = Coqueteo que va más allá de la amistad
behaviour-hidden-accounts = Una cuenta privada, un chat oculto o mensajes borrados
behaviour-coworker = Una cercanía en el trabajo que parece algo más
behaviour-intimate-sharing = Contarle cosas íntimas a otra persona en vez de a la pareja
behaviour-sexting = Mensajes sexuales o de coqueteo explícito con otra persona
behaviour-secret-plans = Hacer planes para verse con alguien y ocultarlo
behaviour-other = Otra cosa
## Nombres breves, para nombrar varios comportamientos en una línea (tras "Preguntaste por:").
## En minúscula y sin punto y coma: se unen con "; ".
behaviour-short-texting = mensajes demasiado cercanos
behaviour-short-ex-online = seguir a una expareja en redes
behaviour-short-secret-ex = contacto oculto con una expareja
behaviour-short-dating-app = un perfil en una app de citas
behaviour-short-flirting = coqueteo que va más allá
behaviour-short-hidden-accounts = chats o cuentas ocultas
behaviour-short-coworker = cercanía en el trabajo
behaviour-short-intimate-sharing = confidencias íntimas con otra persona
behaviour-short-sexting = mensajes sexuales
behaviour-short-secret-plans = planes ocultos para verse
behaviour-short-complaining = desahogos con alguien que atrae
behaviour-short-basically-single = presentarse “casi sin pareja”
behaviour-short-uncomfortable-chats = chats incómodos de mostrar
