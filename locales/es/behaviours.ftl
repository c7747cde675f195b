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
